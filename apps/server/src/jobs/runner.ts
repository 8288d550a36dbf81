import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { inBackground, type Database, type DbOrTx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import type { Clock } from '../lib/clock.ts';

export type JobRow = typeof jobs.$inferSelect;
export type JobHandler = (job: JobRow, helpers: { db: Database['db']; now: Date; schedule: typeof scheduleJob }) => Promise<void>;

export interface ScheduleOptions {
  runAt?: Date;
  /** Scheduling twice with the same key is a no-op: handlers and schedulers stay idempotent. */
  uniqueKey?: string;
  maxAttempts?: number;
}

/** Enqueue a durable job; call inside the transaction of the write that causes it. */
export async function scheduleJob(db: DbOrTx, kind: string, payload: Record<string, unknown>, opts: ScheduleOptions = {}) {
  const rows = await db
    .insert(jobs)
    .values({
      kind,
      payload,
      runAt: opts.runAt ?? new Date(),
      uniqueKey: opts.uniqueKey ?? null,
      maxAttempts: opts.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/** Deletes done jobs older than 7 days and failed ones older than 90 days, `batch` rows per statement; returns how many. */
export async function purgeFinishedJobs(db: DbOrTx, now: Date, doneDays = 7, failedDays = 90, batch = 1000) {
  let total = 0;
  for (;;) {
    const res = await db.execute(sql`
      delete from jobs where id in (select id from jobs
        where (status = 'done' and finished_at < ${new Date(now.getTime() - doneDays * 86_400_000)})
           or (status = 'failed' and finished_at < ${new Date(now.getTime() - failedDays * 86_400_000)})
        limit ${batch})`);
    const n = (res as { rowCount?: number; affectedRows?: number }).rowCount ?? (res as { affectedRows?: number }).affectedRows ?? 0;
    total += n;
    if (n < batch) return total;
  }
}

/** Exponential backoff: 10 s, 40 s, 160 s … capped at 1 h. Pure. */
export function backoffMs(attempts: number): number {
  return Math.min(3600_000, 10_000 * 4 ** Math.max(0, attempts - 1));
}

/**
 * Polls the jobs table with FOR UPDATE SKIP LOCKED, so many instances can run side by side and a
 * job is done once. A job left 'running' by a crashed instance is taken again after the lease.
 */
export class JobRunner {
  private handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  leaseMs = 5 * 60_000;

  constructor(
    private database: Database,
    private clock: Clock,
    private log: FastifyBaseLogger,
  ) {}

  register(kind: string, handler: JobHandler) {
    this.handlers.set(kind, handler);
  }

  start(intervalMs = 1000) {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let ran = 0;
      this.running = this.runDue()
        .then((n) => {
          ran = n;
        })
        .then(() => inBackground(() => this.purgeIfDue()))
        .catch((err) => this.log.error({ err }, 'job poll failed'));
      await this.running;
      this.running = null;
      // A full batch means more may be due: go again at once instead of waiting a whole interval.
      if (!this.stopped) this.timer = setTimeout(loop, ran >= 20 ? 0 : intervalMs);
    };
    this.timer = setTimeout(loop, 10);
  }

  private lastPurge = 0;

  /** Housekeeping, at most every 10 minutes: finished jobs leave the table after their retention. */
  private async purgeIfDue() {
    const now = this.clock.now();
    if (now.getTime() - this.lastPurge < 10 * 60_000) return;
    this.lastPurge = now.getTime();
    await purgeFinishedJobs(this.database.db, now);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running;
  }

  /**
   * Claims and runs the jobs due now; returns how many were claimed. Tests call it directly.
   * Only kinds this runner has a handler for are claimed: an instance that does not know a kind
   * (an older version during a rolling deploy, a test app on a shared database) leaves it queued
   * for one that does, instead of failing it. `ids` narrows the claim further (tests on a shared
   * database use it so they never run other tests' jobs).
   */
  async runDue(limit = 20, opts: { ids?: number[] } = {}): Promise<number> {
    // In the background: on PGlite each of the jobs' queries and transactions lets waiting requests go first.
    return inBackground(() => this.claimAndRun(limit, opts));
  }

  private async claimAndRun(limit: number, opts: { ids?: number[] }): Promise<number> {
    const kinds = [...this.handlers.keys()];
    if (!kinds.length || (opts.ids && !opts.ids.length)) return 0;
    const db = this.database.db;
    const now = this.clock.now();
    const lease = new Date(now.getTime() - this.leaseMs);
    const kindList = sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    );
    const idFilter = opts.ids
      ? sql`and id in (${sql.join(
          opts.ids.map((i) => sql`${i}`),
          sql`, `,
        )})`
      : sql``;
    const claimed = await db.execute<Record<string, unknown>>(sql`
      update jobs set status = 'running', locked_at = ${now}, locked_by = ${this.workerId}, attempts = attempts + 1
      where id in (
        select id from jobs
        where ((status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_at < ${lease}))
          and kind in (${kindList}) ${idFilter}
        order by run_at limit ${limit}
        for update skip locked)
      returning id`);
    const ids = claimed.rows.map((r) => Number(r.id));
    for (const id of ids) {
      const [job] = await db
        .select()
        .from(jobs)
        .where(sql`${jobs.id} = ${id}`);
      if (job) await this.runOne(job);
    }
    return ids.length;
  }

  private async runOne(job: JobRow) {
    const db = this.database.db;
    const handler = this.handlers.get(job.kind);
    const now = this.clock.now();
    const mine = sql`${jobs.id} = ${job.id} and ${jobs.lockedBy} = ${this.workerId}`;
    if (job.attempts > job.maxAttempts) {
      // Taken again after a crash during its last attempt: the budget is spent, do not run it again.
      await db
        .update(jobs)
        .set({ status: 'failed', finishedAt: now, lastError: job.lastError ?? 'lease expired on the last attempt (worker crashed?)' })
        .where(mine);
      return;
    }
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job, { db, now, schedule: scheduleJob });
      await db.update(jobs).set({ status: 'done', finishedAt: this.clock.now(), lastError: null }).where(mine);
    } catch (err) {
      const failed = job.attempts >= job.maxAttempts;
      this.log.warn({ err, jobId: job.id, kind: job.kind }, 'job failed');
      // Guarded by locked_by like success: if the lease ran out and another worker took the job,
      // this late failure must not overwrite that worker's state.
      await db
        .update(jobs)
        .set({
          status: failed ? 'failed' : 'queued',
          lastError: String((err as Error)?.message ?? err).slice(0, 2000),
          runAt: new Date(now.getTime() + backoffMs(job.attempts)),
          finishedAt: failed ? now : null,
        })
        .where(mine);
    }
  }
}
