/**
 * Self-rescheduling jobs (scanners, ticks, the nightly backup): a chain of durable jobs of one kind,
 * each run enqueuing the next before it does its work (a failing run must not end the chain). Every
 * run is one job per kind and instant (uniqueKey), so several instances or restarts neither skip
 * nor double a run.
 */
import type { FastifyInstance } from 'fastify';
import type { Db, DbOrTx } from '../db/client.ts';
import { scheduleJob, type JobRunner } from './runner.ts';

export interface Recurring {
  kind: string;
  /** When the run after `now` is due. */
  next: (now: Date) => Date;
  /** When the first run is due when the app starts (default: `next`). */
  first?: (now: Date) => Date;
  /** Attempts of one run (default 3). */
  maxAttempts?: number;
}

/** The start of the slot of `everyMs` that holds `now`, moved by `offsetSlots` slots. Pure. */
export const slotStart = (now: Date, everyMs: number, offsetSlots = 0) =>
  new Date((Math.floor(now.getTime() / everyMs) + offsetSlots) * everyMs);

/** A run on every slot boundary of `everyMs` (e.g. each minute); at start the current slot's run, due at once. */
export const everySlot = (kind: string, everyMs: number): Recurring => ({
  kind,
  next: (now) => slotStart(now, everyMs, 1),
  first: (now) => slotStart(now, everyMs, 0),
});

/** Enqueues the run of `r` at `runAt`; null when that run is enqueued already. */
export const scheduleRun = (db: DbOrTx, r: Recurring, runAt: Date) =>
  scheduleJob(db, r.kind, {}, { runAt, uniqueKey: `${r.kind}:${runAt.toISOString()}`, maxAttempts: r.maxAttempts ?? 3 });
/** Enqueues the run after `now`. */
export const scheduleNext = (db: DbOrTx, r: Recurring, now: Date) => scheduleRun(db, r, r.next(now));
/** Enqueues the first run (at start). */
export const scheduleFirst = (db: DbOrTx, r: Recurring, now: Date) => scheduleRun(db, r, (r.first ?? r.next)(now));

/**
 * Registers the handler of a self-rescheduling job: each run enqueues the next, then does `run`; with
 * JOBS on, the first run is enqueued when the app is ready. While `enabled()` is false a run does
 * nothing (and ends the chain) and nothing is enqueued at start.
 */
export function every(
  runner: JobRunner,
  app: FastifyInstance,
  r: Recurring,
  run: (db: Db, now: Date) => Promise<unknown>,
  enabled: () => boolean = () => true,
) {
  runner.register(r.kind, async (_job, { db, now }) => {
    if (!enabled()) return;
    await scheduleNext(db, r, now); // first: a failing run must not end the chain
    await run(db, now);
  });
  if (app.config.jobs) app.addHook('onReady', async () => void (enabled() && (await scheduleFirst(app.database.db, r, app.clock.now()))));
}
