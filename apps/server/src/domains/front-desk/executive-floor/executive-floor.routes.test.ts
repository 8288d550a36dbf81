import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestApp, makeProperty, ok, problem, type TestApp, type Fixture, type Session, signedIn } from '../../../test/helpers.ts';
import { runThermosRound } from './executive-floor.jobs.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, staff: Session, cleaner: Session, engineer: Session, tenant: Session;
let mayor: { id: string }, clerk: { id: string };

before(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-12-07T02:00:00Z')); // Monday 10:00
  fx = await makeProperty(t.app);
  const as = (roles: Parameters<typeof signedIn>[2]) => signedIn(t.app, fx.propertyId, roles);
  desk = await as(['front_desk']);
  staff = await as(['meeting_staff']);
  cleaner = await as(['cleaner']);
  engineer = await as(['engineer']);
  tenant = await as(['tenant']);
  const entry = async (body: object) =>
    ok(await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'person', ...body }), 201);
  mayor = await entry({ nameZh: '王立群', title: '市长', location: '主楼 20F 2001', executive: true, admitRule: 'office_word' });
  clerk = await entry({ nameZh: '李文秘', title: '文秘' });
});
after(() => t.close());

const list = async (s: Session) =>
  ok(await s.get(`/api/v1/front-desk/executive-requests?propertyId=${fx.propertyId}`)).data as {
    id: string;
    kind: string;
    status: string;
  }[];

test('a request from an executive office goes to its department, which accepts and completes it; the others never see it', async () => {
  const tea = ok(
    await desk.post('/api/v1/front-desk/executive-requests', {
      propertyId: fx.propertyId,
      executiveId: mayor.id,
      kind: 'tea',
      detail: '来客 3 位，绿茶',
    }),
    201,
  );
  assert.equal(tea.department, 'meeting_staff');
  assert.equal(tea.executiveName, '王立群');
  assert.equal(tea.dueAt, '2026-12-07T02:30:00.000Z');
  assert.deepEqual(tea.policies, { accept: true, complete: true, cancel: true });

  assert.deepEqual(
    (await list(staff)).map((r) => r.id),
    [tea.id],
  );
  assert.deepEqual(await list(cleaner), []);
  problem(await cleaner.get(`/api/v1/front-desk/executive-requests/${tea.id}`), 404);
  problem(await cleaner.post(`/api/v1/front-desk/executive-requests/${tea.id}/accept`, {}), 404);
  problem(await tenant.get(`/api/v1/front-desk/executive-requests?propertyId=${fx.propertyId}`), 403);
  problem(await staff.post(`/api/v1/front-desk/executive-requests/${tea.id}/cancel`, {}), 403);

  const notes = await t.app.database.db.execute(sql`select message_key from notifications where property_id = ${fx.propertyId}`);
  assert.ok((notes as unknown as { rows: { message_key: string }[] }).rows.some((n) => n.message_key === 'front_desk.executive_request'));

  const accepted = ok(await staff.post(`/api/v1/front-desk/executive-requests/${tea.id}/accept`, {}));
  assert.equal(accepted.status, 'accepted');
  problem(await staff.post(`/api/v1/front-desk/executive-requests/${tea.id}/accept`, {}), 409, 'exec_request_state');
  const done = ok(await staff.post(`/api/v1/front-desk/executive-requests/${tea.id}/complete`, { note: '已送达' }));
  assert.equal(done.status, 'done');
  assert.equal(done.note, '已送达');
  problem(await desk.post(`/api/v1/front-desk/executive-requests/${tea.id}/cancel`, {}), 409, 'exec_request_state');

  // A repair while the executive is out, in a window; it goes to engineering.
  const repair = ok(
    await desk.post('/api/v1/front-desk/executive-requests', {
      propertyId: fx.propertyId,
      executiveId: mayor.id,
      kind: 'repair',
      detail: '办公室窗帘轨道脱落',
      whenOut: true,
      windowFrom: '2026-12-07T14:00:00+08:00',
      windowTo: '2026-12-07T16:00:00+08:00',
    }),
    201,
  );
  assert.equal(repair.department, 'engineering_av');
  assert.equal(repair.dueAt, '2026-12-07T08:00:00.000Z');
  assert.deepEqual(
    (await list(engineer)).map((r) => r.kind),
    ['repair'],
  );

  // Bad input: not an executive, a window backwards, an unknown kind; nothing written.
  const before = (await list(desk)).length;
  const notExec = problem(
    await desk.post('/api/v1/front-desk/executive-requests', { propertyId: fx.propertyId, executiveId: clerk.id, kind: 'tea' }),
    422,
    'not_an_executive',
  );
  assert.equal(notExec.fields![0]!.path, 'executiveId');
  problem(
    await desk.post('/api/v1/front-desk/executive-requests', {
      propertyId: fx.propertyId,
      executiveId: mayor.id,
      kind: 'cleaning',
      windowFrom: '2026-12-07T16:00:00+08:00',
      windowTo: '2026-12-07T14:00:00+08:00',
    }),
    422,
    'exec_window_invalid',
  );
  problem(
    await desk.post('/api/v1/front-desk/executive-requests', { propertyId: fx.propertyId, executiveId: mayor.id, kind: 'massage' }),
    400,
  );
  problem(
    await staff.post('/api/v1/front-desk/executive-requests', { propertyId: fx.propertyId, executiveId: mayor.id, kind: 'tea' }),
    403,
  );
  assert.equal((await list(desk)).length, before);
});

test('the thermos round: once per executive on a working day from 07:00, never on a rest day', async () => {
  const db = t.app.database.db;
  const count = async () =>
    Number(
      (
        (await db.execute(
          sql`select count(*)::int as n from executive_requests where property_id = ${fx.propertyId} and kind = 'hot_water'`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n,
    );
  await runThermosRound(db, new Date('2026-12-07T22:50:00Z')); // Tuesday 06:50: too early
  assert.equal(await count(), 0);
  await runThermosRound(db, new Date('2026-12-07T23:00:00Z')); // 07:00
  await runThermosRound(db, new Date('2026-12-07T23:10:00Z')); // again: nothing more
  assert.equal(await count(), 1);
  await runThermosRound(db, new Date('2026-12-12T01:00:00Z')); // Saturday
  assert.equal(await count(), 1);
  const tuesday = ok(await staff.get(`/api/v1/front-desk/executive-requests?propertyId=${fx.propertyId}&date=2026-12-08`)).data;
  const hot = tuesday.filter((r: { kind: string }) => r.kind === 'hot_water');
  assert.equal(hot.length, 1);
  assert.equal(hot[0].via, 'recurring');
  assert.equal(hot[0].dueAt, '2026-12-08T00:30:00.000Z');
});
