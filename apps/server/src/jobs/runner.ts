import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, DbOrTx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import type { Clock } from '../app.ts';

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
  const rows = await db.insert(jobs).values({
    kind, payload, runAt: opts.runAt ?? new Date(), uniqueKey: opts.uniqueKey ?? null, maxAttempts: opts.maxAttempts ?? 5,
  }).onConflictDoNothing({ target: jobs.uniqueKey }).returning({ id: jobs.id });
  return rows[0]?.id ?? null;
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

  constructor(private database: Database, private clock: Clock, private log: FastifyBaseLogger) {}

  register(kind: string, handler: JobHandler) {
    this.handlers.set(kind, handler);
  }

  start(intervalMs = 1000) {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.runDue().then(() => undefined, (err) => this.log.error({ err }, 'job poll failed'));
      await this.running;
      this.running = null;
      if (!this.stopped) this.timer = setTimeout(loop, intervalMs);
    };
    this.timer = setTimeout(loop, 10);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.running) await this.running;
  }

  /** Claims and runs the jobs due now; returns how many ran. Tests call it directly. */
  async runDue(limit = 20): Promise<number> {
    const db = this.database.db;
    const now = this.clock.now();
    const lease = new Date(now.getTime() - this.leaseMs);
    const claimed = await db.execute<Record<string, unknown>>(sql`
      update jobs set status = 'running', locked_at = ${now}, locked_by = ${this.workerId}, attempts = attempts + 1
      where id in (
        select id from jobs
        where (status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_at < ${lease})
        order by run_at limit ${limit}
        for update skip locked)
      returning id`);
    const ids = claimed.rows.map((r) => Number(r.id));
    for (const id of ids) {
      const [job] = await db.select().from(jobs).where(sql`${jobs.id} = ${id}`);
      if (job) await this.runOne(job);
    }
    return ids.length;
  }

  private async runOne(job: JobRow) {
    const db = this.database.db;
    const handler = this.handlers.get(job.kind);
    const now = this.clock.now();
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job, { db, now, schedule: scheduleJob });
      await db.update(jobs).set({ status: 'done', finishedAt: this.clock.now(), lastError: null }).where(sql`${jobs.id} = ${job.id} and ${jobs.lockedBy} = ${this.workerId}`);
    } catch (err) {
      const failed = job.attempts >= job.maxAttempts;
      this.log.warn({ err, jobId: job.id, kind: job.kind }, 'job failed');
      await db.update(jobs).set({
        status: failed ? 'failed' : 'queued',
        lastError: String((err as Error)?.message ?? err).slice(0, 2000),
        runAt: new Date(now.getTime() + backoffMs(job.attempts)),
        finishedAt: failed ? now : null,
      }).where(sql`${jobs.id} = ${job.id}`);
    }
  }
}
