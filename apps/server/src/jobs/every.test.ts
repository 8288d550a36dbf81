import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createTestApp, uniq, type TestApp } from '../test/helpers.ts';
import { jobs } from '../db/schema/index.ts';
import { every, everySlot, scheduleFirst, scheduleNext, slotStart, type Recurring } from './every.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

const MIN = 60_000;
const d = (iso: string) => new Date(iso);
const queued = async (kind: string) =>
  (await t.database.db.select().from(jobs).where(eq(jobs.kind, kind)).orderBy(asc(jobs.runAt))).map((j) => ({
    status: j.status,
    runAt: j.runAt.toISOString(),
    uniqueKey: j.uniqueKey,
    maxAttempts: j.maxAttempts,
  }));
/** An app whose onReady hooks the test calls itself. */
function fakeApp(jobsOn: boolean) {
  const hooks: (() => Promise<void>)[] = [];
  const app = {
    config: { jobs: jobsOn },
    database: t.database,
    clock: t.clock,
    addHook: (_: string, f: () => Promise<void>) => hooks.push(f),
  };
  return { app: app as unknown as FastifyInstance, ready: () => Promise.all(hooks.map((f) => f())) };
}

test('slots: the start of the slot holding an instant, and the next ones', () => {
  const table: [string, number, number, string][] = [
    ['2031-01-01T08:00:00.000Z', MIN, 0, '2031-01-01T08:00:00.000Z'],
    ['2031-01-01T08:00:59.999Z', MIN, 0, '2031-01-01T08:00:00.000Z'],
    ['2031-01-01T08:00:59.999Z', MIN, 1, '2031-01-01T08:01:00.000Z'],
    ['2031-01-01T08:09:30.000Z', 10 * MIN, 0, '2031-01-01T08:00:00.000Z'],
    ['2031-01-01T08:09:30.000Z', 10 * MIN, 1, '2031-01-01T08:10:00.000Z'],
    ['2031-01-01T23:55:00.000Z', 10 * MIN, 1, '2031-01-02T00:00:00.000Z'],
  ];
  for (const [now, ms, offset, want] of table) assert.equal(slotStart(d(now), ms, offset).toISOString(), want, `${now} ${ms} +${offset}`);
  const r = everySlot('k', 10 * MIN);
  assert.equal(r.first!(d('2031-01-01T08:09:30Z')).toISOString(), '2031-01-01T08:00:00.000Z');
  assert.equal(r.next(d('2031-01-01T08:09:30Z')).toISOString(), '2031-01-01T08:10:00.000Z');
});

test('a run is enqueued once per kind and instant', async () => {
  const r = everySlot(`test.${uniq()}`, MIN);
  const now = d('2031-01-01T08:00:30Z');
  const first = await scheduleFirst(t.database.db, r, now);
  assert.equal(typeof first, 'number');
  assert.equal(await scheduleFirst(t.database.db, r, now), null, 'same slot, same job');
  assert.equal(typeof (await scheduleNext(t.database.db, r, now)), 'number');
  assert.equal(await scheduleNext(t.database.db, r, d('2031-01-01T08:00:59Z')), null);
  assert.deepEqual(await queued(r.kind), [
    { status: 'queued', runAt: '2031-01-01T08:00:00.000Z', uniqueKey: `${r.kind}:2031-01-01T08:00:00.000Z`, maxAttempts: 3 },
    { status: 'queued', runAt: '2031-01-01T08:01:00.000Z', uniqueKey: `${r.kind}:2031-01-01T08:01:00.000Z`, maxAttempts: 3 },
  ]);
});

test('every: the first run is enqueued when the app is ready; each run enqueues the next before it works, even when it fails', async () => {
  const r = everySlot(`test.${uniq()}`, MIN);
  const runs: string[] = [];
  let fail = false;
  const { app, ready } = fakeApp(true);
  every(t.app.jobs, app, r, async (_db, now) => {
    runs.push(now.toISOString());
    if (fail) throw new Error('boom');
  });
  t.clock.set('2031-02-01T08:00:30Z');
  await ready();
  const [first] = await t.database.db.select().from(jobs).where(eq(jobs.kind, r.kind));
  assert.equal(first!.runAt.toISOString(), '2031-02-01T08:00:00.000Z', 'the current slot: due at once');
  assert.equal(await t.app.jobs.runDue(5, { ids: [first!.id] }), 1);
  assert.deepEqual(runs, ['2031-02-01T08:00:30.000Z']);
  assert.deepEqual(
    (await queued(r.kind)).map((j) => [j.status, j.runAt]),
    [
      ['done', '2031-02-01T08:00:00.000Z'],
      ['queued', '2031-02-01T08:01:00.000Z'],
    ],
  );
  fail = true;
  t.clock.set('2031-02-01T08:01:00Z');
  const [, second] = await t.database.db.select().from(jobs).where(eq(jobs.kind, r.kind)).orderBy(asc(jobs.runAt));
  assert.equal(await t.app.jobs.runDue(5, { ids: [second!.id] }), 1);
  assert.deepEqual(
    (await queued(r.kind)).map((j) => [j.status, j.runAt]),
    [
      ['done', '2031-02-01T08:00:00.000Z'],
      ['queued', '2031-02-01T08:01:10.000Z'], // retried with backoff
      ['queued', '2031-02-01T08:02:00.000Z'], // the chain goes on
    ],
  );
});

test('every: while disabled nothing is enqueued at start and a run does nothing; JOBS off enqueues nothing at start', async () => {
  const r: Recurring = { kind: `test.${uniq()}`, next: (now) => new Date(now.getTime() + 3600_000) };
  let on = false;
  let ran = 0;
  const { app, ready } = fakeApp(true);
  every(
    t.app.jobs,
    app,
    r,
    async () => void ran++,
    () => on,
  );
  await ready();
  assert.deepEqual(await queued(r.kind), []);
  const id = (await scheduleFirst(t.database.db, r, new Date(t.clock.now().getTime() - 3600_000 * 2)))!;
  assert.equal(await t.app.jobs.runDue(5, { ids: [id] }), 1);
  assert.equal(ran, 0);
  assert.deepEqual(
    (await queued(r.kind)).map((j) => j.status),
    ['done'],
  );
  on = true;
  const off = fakeApp(false);
  const other = { ...r, kind: `test.${uniq()}` };
  every(t.app.jobs, off.app, other, async () => void ran++);
  await off.ready();
  assert.deepEqual(await queued(other.kind), []);
});
