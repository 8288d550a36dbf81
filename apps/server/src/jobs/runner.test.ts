import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, openTestDatabase, uniq, TestClock, type TestApp } from '../test/helpers.ts';
import { jobs } from '../db/schema/index.ts';
import type { Database } from '../db/client.ts';
import { JobRunner, backoffMs, scheduleJob, type JobRow } from './runner.ts';

const usingPostgres = !!process.env.DATABASE_URL;

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

async function jobRow(database: Database, id: number): Promise<JobRow> {
  const [row] = await database.db.select().from(jobs).where(eq(jobs.id, id));
  assert.ok(row, `job ${id} exists`);
  return row;
}

test('backoffMs: 10 s, 40 s, 160 s … capped at one hour', () => {
  const table: [number, number][] = [
    [0, 10_000],
    [1, 10_000],
    [2, 40_000],
    [3, 160_000],
    [4, 640_000],
    [5, 2_560_000],
    [6, 3_600_000],
    [20, 3_600_000],
    [1000, 3_600_000],
  ];
  for (const [attempts, ms] of table) assert.equal(backoffMs(attempts), ms, `attempts=${attempts}`);
});

test('scheduleJob with a uniqueKey is idempotent; a rolled-back transaction schedules nothing', async () => {
  const kind = `test.${uniq()}`;
  const key = uniq('key');
  const first = await scheduleJob(t.database.db, kind, { n: 1 }, { uniqueKey: key });
  const second = await scheduleJob(t.database.db, kind, { n: 2 }, { uniqueKey: key });
  assert.equal(typeof first, 'number');
  assert.equal(second, null);
  const rows = await t.database.db.select().from(jobs).where(eq(jobs.kind, kind));
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0]!.payload, { n: 1 });
  // Without a key every call enqueues.
  await scheduleJob(t.database.db, kind, {});
  await scheduleJob(t.database.db, kind, {});
  assert.equal((await t.database.db.select().from(jobs).where(eq(jobs.kind, kind))).length, 3);

  const rolled = `test.${uniq()}`;
  await assert.rejects(
    t.database.db.transaction(async (tx) => {
      await scheduleJob(tx, rolled, {}, { uniqueKey: uniq('key') });
      tx.rollback();
    }),
  );
  assert.equal((await t.database.db.select().from(jobs).where(eq(jobs.kind, rolled))).length, 0);
});

test('a job scheduled for later does not run before its time and runs once when due', async () => {
  const kind = `test.${uniq()}`;
  const ran: number[] = [];
  t.app.jobs.register(kind, async (job) => {
    ran.push(job.id);
  });
  const id = (await scheduleJob(t.database.db, kind, {}, { runAt: new Date(t.clock.now().getTime() + 3600_000) }))!;
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 0);
  t.clock.advance(3600_000 - 1000);
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 0);
  assert.deepEqual(ran, []);
  assert.equal((await jobRow(t.database, id)).status, 'queued');
  t.clock.advance(1000);
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 1);
  assert.deepEqual(ran, [id]);
  const row = await jobRow(t.database, id);
  assert.equal(row.status, 'done');
  assert.equal(row.attempts, 1);
  assert.equal(row.lockedBy, t.app.jobs.workerId);
  assert.ok(row.finishedAt);
  t.clock.advance(24 * 3600_000);
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 0);
  assert.deepEqual(ran, [id]);
});

test('a failing job is retried with backoff and marked failed after maxAttempts', async () => {
  const kind = `test.${uniq()}`;
  let calls = 0;
  t.app.jobs.register(kind, async () => {
    calls++;
    throw new Error(`boom ${calls}`);
  });
  const id = (await scheduleJob(t.database.db, kind, {}, { runAt: t.clock.now(), maxAttempts: 3 }))!;
  const start = t.clock.now().getTime();
  /** Runs the job once more: its row after that attempt. */
  const attempt = async () => {
    assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 1);
    return jobRow(t.database, id);
  };
  const statusOf = (row: Awaited<ReturnType<typeof jobRow>>) => [row.status, row.attempts, row.lastError];

  let row = await attempt();
  assert.deepEqual(statusOf(row), ['queued', 1, 'boom 1']);
  assert.equal(row.runAt.getTime(), start + 10_000);

  // Not again before the backoff has passed.
  t.clock.advance(9_000);
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 0);
  t.clock.advance(1_000);
  row = await attempt();
  assert.deepEqual(statusOf(row), ['queued', 2, 'boom 2']);
  assert.equal(row.runAt.getTime(), start + 10_000 + 40_000);

  t.clock.advance(40_000);
  row = await attempt();
  assert.deepEqual(statusOf(row), ['failed', 3, 'boom 3']);
  assert.ok(row.finishedAt);

  t.clock.advance(24 * 3600_000);
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 0);
  assert.equal(calls, 3);
});

test('a job of a kind this runner does not know stays queued for a runner that does', async () => {
  const kind = `test.${uniq()}`;
  const id = (await scheduleJob(t.database.db, kind, {}, { runAt: t.clock.now() }))!;
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 0);
  let row = await jobRow(t.database, id);
  assert.equal(row.status, 'queued');
  assert.equal(row.attempts, 0);
  let ran = 0;
  t.app.jobs.register(kind, async () => {
    ran++;
  });
  assert.equal(await t.app.jobs.runDue(20, { ids: [id] }), 1);
  row = await jobRow(t.database, id);
  assert.equal(row.status, 'done');
  assert.equal(ran, 1);
});

test('a running job whose lease expired (crashed worker) is taken again; a live lease is not', async () => {
  const kind = `test.${uniq()}`;
  const ran: number[] = [];
  t.app.jobs.register(kind, async (job) => {
    ran.push(job.id);
  });
  const now = t.clock.now().getTime();
  const lease = t.app.jobs.leaseMs;
  const [crashed, alive, lastTry] = await t.database.db
    .insert(jobs)
    .values([
      {
        kind,
        payload: {},
        runAt: new Date(now - lease - 120_000),
        status: 'running',
        attempts: 1,
        lockedAt: new Date(now - lease - 60_000),
        lockedBy: 'dead-worker',
      },
      {
        kind,
        payload: {},
        runAt: new Date(now - 120_000),
        status: 'running',
        attempts: 1,
        lockedAt: new Date(now - 60_000),
        lockedBy: 'busy-worker',
      },
      {
        kind,
        payload: {},
        runAt: new Date(now - lease - 120_000),
        status: 'running',
        attempts: 2,
        maxAttempts: 2,
        lockedAt: new Date(now - lease - 60_000),
        lockedBy: 'dead-worker',
      },
    ])
    .returning();
  const ids = [crashed!.id, alive!.id, lastTry!.id];

  assert.equal(await t.app.jobs.runDue(20, { ids }), 2);
  assert.deepEqual(ran, [crashed!.id]);
  const c = await jobRow(t.database, crashed!.id);
  assert.equal(c.status, 'done');
  assert.equal(c.attempts, 2);
  assert.equal(c.lockedBy, t.app.jobs.workerId);
  const a = await jobRow(t.database, alive!.id);
  assert.equal(a.status, 'running');
  assert.equal(a.lockedBy, 'busy-worker');
  // Crashed during its final attempt: not run a third time, marked failed.
  const l = await jobRow(t.database, lastTry!.id);
  assert.equal(l.status, 'failed');
  assert.match(l.lastError ?? '', /lease expired/);

  // Once the busy worker's lease runs out too, the job is taken.
  t.clock.advance(lease);
  assert.equal(await t.app.jobs.runDue(20, { ids }), 1);
  assert.deepEqual(ran, [crashed!.id, alive!.id]);
  assert.equal((await jobRow(t.database, alive!.id)).status, 'done');
});

test('a scheduled job survives closing the app and the database and runs exactly once after reopening', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'hy-jobs-'));
  try {
    const kind = `test.${uniq()}`;
    const marker = uniq('m');
    // PGlite on the temporary folder, or the PostgreSQL server (a fresh pool) when DATABASE_URL is set.
    let database = await openTestDatabase(usingPostgres ? undefined : dir);
    let app = await createTestApp({ database });
    const id = await database.db.transaction(async (tx) => scheduleJob(tx, kind, { marker }, { uniqueKey: `restart:${marker}` }));
    assert.ok(id);
    await app.close();
    await database.close();

    database = await openTestDatabase(usingPostgres ? undefined : dir);
    app = await createTestApp({ database });
    try {
      const seen: unknown[] = [];
      app.app.jobs.register(kind, async (job) => {
        seen.push(job.payload.marker);
      });
      assert.equal(await app.app.jobs.runDue(20, { ids: [id] }), 1);
      assert.equal(await app.app.jobs.runDue(20, { ids: [id] }), 0);
      assert.deepEqual(seen, [marker]);
      const row = await jobRow(database, id);
      assert.equal(row.status, 'done');
      assert.equal(row.attempts, 1);
    } finally {
      await app.close();
      await database.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('start() polls in the background and stop() waits for the running batch', async () => {
  const kind = `test.${uniq()}`;
  const database = t.database;
  const runner = new JobRunner(database, { now: () => new Date() }, t.app.log);
  try {
    let ran = 0;
    runner.register(kind, async () => {
      await sleep(5);
      ran++;
    });
    // More than one batch (20): the runner must not wait a full interval between full batches.
    for (let i = 0; i < 45; i++) await scheduleJob(database.db, kind, { i });
    runner.start(60_000);
    const deadline = Date.now() + 10_000;
    while (ran < 45 && Date.now() < deadline) await sleep(20);
    await runner.stop();
    assert.equal(ran, 45);
    const rows = await database.db.select().from(jobs).where(eq(jobs.kind, kind));
    assert.ok(rows.every((r) => r.status === 'done'));
  } finally {
    await runner.stop();
  }
});

test('two runners on one PostgreSQL database never run the same job twice (SKIP LOCKED)', async (ctx) => {
  if (!usingPostgres) return ctx.skip('needs DATABASE_URL (PGlite has a single connection)');
  const kind = `test.${uniq()}`;
  const N = 50;
  const dbA = await openTestDatabase();
  const dbB = await openTestDatabase();
  try {
    const clock = new TestClock();
    const runners = [new JobRunner(dbA, clock, t.app.log), new JobRunner(dbB, clock, t.app.log)];
    const executions = new Map<number, number>();
    const byRunner = [0, 0];
    runners.forEach((r, i) =>
      r.register(kind, async (job) => {
        executions.set(job.id, (executions.get(job.id) ?? 0) + 1);
        byRunner[i]!++;
        await sleep(2);
      }),
    );
    const ids: number[] = [];
    for (let i = 0; i < N; i++) ids.push((await scheduleJob(dbA.db, kind, { i }, { runAt: clock.now() }))!);
    const drain = async (r: JobRunner) => {
      for (;;) {
        // Small batches so the two runners interleave and contend for the same rows.
        const n = await r.runDue(3);
        if (n === 0) {
          const [left] = await dbA.db
            .select({ id: jobs.id })
            .from(jobs)
            .where(and(inArray(jobs.id, ids), eq(jobs.status, 'queued')))
            .limit(1);
          if (!left) return;
        }
      }
    };
    await Promise.all(runners.map(drain));
    assert.equal(
      [...executions.values()].reduce((a, b) => a + b, 0),
      N,
    );
    assert.equal(executions.size, N);
    assert.ok([...executions.values()].every((n) => n === 1));
    const rows = await dbA.db.select().from(jobs).where(inArray(jobs.id, ids));
    assert.ok(rows.every((r) => r.status === 'done' && r.attempts === 1));
    ctx.diagnostic(`runner A ran ${byRunner[0]}, runner B ran ${byRunner[1]}`);
  } finally {
    await dbA.close();
    await dbB.close();
  }
});

test('housekeeping purges old finished jobs and keeps recent and queued ones', async () => {
  const { purgeFinishedJobs } = await import('./runner.ts');
  const { createTestApp } = await import('../test/helpers.ts');
  const { jobs } = await import('../db/schema/index.ts');
  const { inArray } = await import('drizzle-orm');
  const t = await createTestApp();
  try {
    const db = t.app.database.db;
    const now = new Date('2026-06-01T00:00:00Z');
    const day = 86_400_000;
    const rows = await db
      .insert(jobs)
      .values([
        { kind: 'purge.test', status: 'done', finishedAt: new Date(now.getTime() - 8 * day) },
        { kind: 'purge.test', status: 'done', finishedAt: new Date(now.getTime() - 2 * day) },
        { kind: 'purge.test', status: 'failed', finishedAt: new Date(now.getTime() - 91 * day) },
        { kind: 'purge.test', status: 'failed', finishedAt: new Date(now.getTime() - 30 * day) },
        { kind: 'purge.test', status: 'queued', runAt: new Date(now.getTime() - 100 * day) },
      ])
      .returning({ id: jobs.id });
    await purgeFinishedJobs(db, now);
    const left = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        inArray(
          jobs.id,
          rows.map((r) => r.id),
        ),
      );
    assert.deepEqual(
      left.map((r) => r.id).sort((a, b) => a - b),
      [rows[1]!.id, rows[3]!.id, rows[4]!.id],
    );
  } finally {
    await t.close();
  }
});

test(
  "on PGlite a job's loop of transactions lets requests in between (issue 9: no freezes)",
  { skip: usingPostgres && 'PGlite only: PostgreSQL queries are real I/O' },
  async () => {
    const kind = `test.${uniq()}`;
    let done = 0;
    const runner = new JobRunner(t.database, t.clock, t.app.log);
    runner.register(kind, async (_job, { db }) => {
      for (let i = 0; i < 100; i++) {
        await db.transaction(async (tx) => void (await tx.select().from(jobs).limit(1)));
        done++;
      }
    });
    const id = (await scheduleJob(t.database.db, kind, {}, { runAt: t.clock.now() }))!;
    // A request arriving meanwhile is an I/O callback; a timer stands in for it: it must not wait for the whole loop.
    let seenAt = -1;
    const timer = new Promise<void>((r) =>
      setTimeout(() => {
        seenAt = done;
        r();
      }, 0),
    );
    const run = runner.runDue(5, { ids: [id] });
    await timer;
    assert.equal(await run, 1);
    assert.equal(done, 100);
    assert.ok(seenAt >= 0 && seenAt <= 3, `the timer ran after ${seenAt} of the job's 100 transactions`);
    assert.equal((await jobRow(t.database, id)).status, 'done');
  },
);
