import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  login,
  makeProperty,
  makeUser,
  ok,
  problem,
  signedIn,
  TestClock,
  type Fixture,
  type Session,
  type TestApp,
} from '../../../test/helpers.ts';
import { generateRounds, sweepMissed } from './rounds.jobs.ts';

let t: TestApp;
let fx: Fixture;
let sup: Session, song: Session, li: Session, reader: Session, tenant: Session, outsider: Session;
let ids: Record<'song' | 'li' | 'off', string>;
let liUser: Awaited<ReturnType<typeof makeUser>>, supUser: Awaited<ReturnType<typeof makeUser>>;
/** Sessions idle out over simulated days: sign in again after a jump. */
const relogin = async () => {
  li = await login(t.app, liUser);
  sup = await login(t.app, supUser);
};
// Friday 11 December 2026, 07:00 in Shanghai.
const clock = new TestClock(new Date('2026-12-11T07:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const u = {
    song: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant_rep'] }], { displayName: '宋文博' }),
    li: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant_rep'] }], { displayName: '李晓' }),
    off: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant_rep'] }], { displayName: '赵离职', disabled: true }),
  };
  ids = { song: u.song.id, li: u.li.id, off: u.off.id };
  liUser = u.li;
  supUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_supervisor'] }]);
  song = await login(t.app, u.song);
  li = await login(t.app, u.li);
  sup = await login(t.app, supUser);
  reader = await signedIn(t.app, fx.propertyId, ['front_desk']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['cs_supervisor']);
});
after(() => t.close());

const rows = async (text: string) => ((await t.app.database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] }).rows;
const count = async (text: string) => Number((await rows(text))[0]!.n);
const db = () => t.app.database.db;

const checklist = {
  washroom: {
    name: '3F 男卫生间',
    location: 'A座3层东侧',
    items: [
      { label: '卫生间地面无积水', kind: 'pass_fail', category: 'cleaning' },
      { label: '照明灯具完好', kind: 'pass_fail', category: 'repair' },
    ],
  },
  lobby: {
    name: '一楼大堂',
    location: 'A座1层',
    items: [
      { label: '大堂温度', kind: 'number', minValue: 18, maxValue: 26, unit: '℃', category: 'other' },
      { label: '绿植无枯叶', kind: 'pass_fail', category: 'greenery' },
    ],
  },
  stairs: { name: '消防楼梯', location: null, items: [{ label: '消防通道畅通', kind: 'pass_fail', category: 'safety' }] },
};
const friday = (o: object = {}) => ({
  propertyId: fx.propertyId,
  name: '周五公共区域巡检',
  area: '办公楼公共区域',
  rrule: 'FREQ=WEEKLY;BYDAY=FR',
  windowStart: '09:00',
  windowEnd: '11:00',
  leadMinutes: 60,
  assigneeId: ids.song,
  assigneeRole: 'tenant_rep',
  checkpoints: [checklist.washroom, checklist.lobby, checklist.stairs],
  ...o,
});

let plan: any, roundId: string;

test('plans: the supervisor creates the Friday plan; staff read it; refusals; another property 404', async () => {
  plan = ok(await sup.post('/api/v1/inspection-plans', friday()), 201);
  assert.equal(plan.checkpoints.length, 3);
  assert.equal(plan.checkpointCount, 3);
  assert.equal(plan.itemCount, 5);
  assert.equal(plan.assigneeName, '宋文博');
  assert.equal(new Set(plan.checkpoints.map((c: any) => c.qrToken)).size, 3);
  const list = ok(await reader.get(`/api/v1/inspection-plans?propertyId=${fx.propertyId}`));
  assert.equal(list.data.length, 1);
  assert.equal(list.policies.manage, false);
  problem(await reader.post('/api/v1/inspection-plans', friday()), 403, 'forbidden');
  problem(await sup.post('/api/v1/inspection-plans', friday({ rrule: 'FREQ=HOURLY' })), 422, 'plan_rrule_invalid');
  problem(await sup.post('/api/v1/inspection-plans', friday({ windowEnd: '08:00' })), 422, 'plan_window_invalid');
  problem(await sup.post('/api/v1/inspection-plans', friday({ assigneeId: null, assigneeRole: null })), 400, 'validation_failed');
  problem(await sup.post('/api/v1/inspection-plans', friday({ assigneeRole: 'tenant' })), 400, 'validation_failed');
  problem(await outsider.get(`/api/v1/inspection-plans/${plan.id}`), 404, 'not_found');
  problem(await tenant.get(`/api/v1/inspection-plans/${plan.id}`), 404, 'not_found');
  problem(await outsider.get(`/api/v1/inspection-plans?propertyId=${fx.propertyId}`), 404);
  // Reorder: the stairs first; a partial list is refused.
  const [a, b, c] = plan.checkpoints.map((x: any) => x.id);
  problem(
    await sup.post(`/api/v1/inspection-plans/${plan.id}/checkpoints/reorder`, { checkpointIds: [a, b] }),
    422,
    'plan_checkpoints_mismatch',
  );
  const re = ok(await sup.post(`/api/v1/inspection-plans/${plan.id}/checkpoints/reorder`, { checkpointIds: [c, a, b] }));
  assert.deepEqual(
    re.checkpoints.map((x: any) => x.name),
    ['消防楼梯', '3F 男卫生间', '一楼大堂'],
  );
  const qr = ok(await reader.get(`/api/v1/inspection-plans/${plan.id}/qr-sheet`));
  assert.equal(qr.checkpoints.length, 3);
  assert.match(qr.checkpoints[0].svg, /^<svg/);
  const xlsx = await sup.get(`/api/v1/inspection-plans/${plan.id}/checklist.xlsx`);
  assert.equal(xlsx.statusCode, 200);
  assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
  assert.equal((await sup.get(`/api/v1/inspection-plans/export?propertyId=${fx.propertyId}`)).statusCode, 200);
  plan = re;
});

test('job: the round is created lead minutes ahead, once, however many runs', async () => {
  clock.set('2026-12-11T07:59:00+08:00');
  assert.equal(await generateRounds(db(), clock.now(), fx.propertyId), 0);
  clock.set('2026-12-11T08:00:00+08:00');
  assert.equal(await generateRounds(db(), clock.now(), fx.propertyId), 1);
  assert.equal(await generateRounds(db(), clock.now(), fx.propertyId), 0);
  clock.set('2026-12-11T08:05:00+08:00');
  assert.equal(await generateRounds(db(), clock.now(), fx.propertyId), 0);
  assert.equal(await count(`select count(*) n from inspection_rounds where plan_id = '${plan.id}'`), 1);
  const mine = ok(await song.get(`/api/v1/inspection-rounds?propertyId=${fx.propertyId}&mine=true`));
  assert.equal(mine.data.length, 1);
  roundId = mine.data[0].id;
  assert.equal(mine.data[0].state, 'scheduled');
  assert.equal(mine.data[0].assigneeName, '宋文博');
  assert.equal(mine.data[0].checkpointCount, 3);
  assert.equal(ok(await li.get(`/api/v1/inspection-rounds?propertyId=${fx.propertyId}&mine=true`)).data.length, 0);
  // The manager's "create today's rounds" does not double it either.
  assert.equal(ok(await sup.post('/api/v1/inspection-rounds/generate', { propertyId: fx.propertyId })).created, 0);
});

test('rounds: scan, pick, fill, complete — with each refusal', async () => {
  clock.set('2026-12-11T09:10:00+08:00');
  const [stairs, washroom, lobby] = plan.checkpoints;
  const pass = (cp: any) =>
    cp.items.map((i: any) => (i.kind === 'number' ? { checkItemId: i.id, valueNumber: 22 } : { checkItemId: i.id, outcome: 'pass' }));
  // Another inspector may not walk Song's round.
  problem(
    await li.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: stairs.qrToken, results: pass(stairs) }),
    409,
    'round_held_by_other',
  );
  // A code of another plan's checkpoint.
  const other = ok(
    await sup.post('/api/v1/inspection-plans', friday({ name: '天台巡查', area: '天台', checkpoints: [checklist.stairs] })),
    201,
  );
  problem(
    await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: other.checkpoints[0].qrToken }),
    422,
    'checkpoint_not_on_round',
  );
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: 'XJ-nonsense' }), 422, 'checkpoint_not_on_round');
  // Results with an item missing: nothing is written.
  problem(
    await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: washroom.qrToken, results: pass(washroom).slice(0, 1) }),
    422,
    'results_incomplete',
  );
  assert.equal(await count(`select count(*) n from inspection_visits where round_id = '${roundId}'`), 0);
  // Scan the stairs with all passes: the round starts and Song holds it.
  let r = ok(await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: stairs.qrToken, results: pass(stairs) }), 201);
  assert.equal(r.state, 'in_progress');
  assert.equal(r.visitedCount, 1);
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: stairs.qrToken }), 409, 'checkpoint_visited');
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/complete`), 422, 'round_incomplete');
  // The washroom's code is damaged: picked with a reason; the floor fails.
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { checkpointId: washroom.id }), 400, 'validation_failed');
  r = ok(
    await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, {
      checkpointId: washroom.id,
      pickReason: '二维码污损',
      results: [
        { checkItemId: washroom.items[0].id, outcome: 'fail', note: '地面有积水' },
        { checkItemId: washroom.items[1].id, outcome: 'pass' },
      ],
    }),
    201,
  );
  assert.equal(r.pickedCount, 1);
  assert.equal(r.failedCount, 1);
  // The lobby: scanned first, the checklist written after (the temperature out of range fails by itself).
  r = ok(await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: lobby.qrToken }), 201);
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/complete`), 422, 'round_incomplete');
  r = ok(
    await song.put(`/api/v1/inspection-rounds/${roundId}/visits/${r.visitId}/results`, {
      results: [
        { checkItemId: lobby.items[0].id, valueNumber: 28 },
        { checkItemId: lobby.items[1].id, outcome: 'pass' },
      ],
    }),
  );
  assert.equal(r.failedCount, 2);
  problem(await li.post(`/api/v1/inspection-rounds/${roundId}/complete`), 409, 'round_held_by_other');
  r = ok(await song.post(`/api/v1/inspection-rounds/${roundId}/complete`));
  assert.equal(r.state, 'completed');
  assert.equal(r.late, false);
  assert.equal(r.visitedCount, 3);
  assert.equal(r.visits.length, 3);
  assert.deepEqual(
    r.visits.map((v: any) => v.method),
    ['scan', 'pick', 'scan'],
  );
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/visits`, { token: stairs.qrToken }), 409, 'round_closed');
  problem(await song.post(`/api/v1/inspection-rounds/${roundId}/complete`), 409, 'round_closed');
  // The desk list and the round itself; other property and tenant 404; the month's statistics.
  const day = ok(await reader.get(`/api/v1/inspection-rounds?propertyId=${fx.propertyId}&date=2026-12-11`));
  assert.equal(day.data.length, 1);
  assert.equal(day.data[0].state, 'completed');
  problem(await outsider.get(`/api/v1/inspection-rounds/${roundId}`), 404, 'not_found');
  problem(await tenant.get(`/api/v1/inspection-rounds/${roundId}`), 404, 'not_found');
  const stats = ok(await sup.get(`/api/v1/inspection-rounds/stats?propertyId=${fx.propertyId}&month=2026-12`));
  assert.deepEqual(stats.data, [
    { area: '办公楼公共区域', inspector: '宋文博', due: 1, done: 1, late: 0, missed: 0, picked: 1, failed: 2 },
  ]);
  assert.equal((await sup.get(`/api/v1/inspection-rounds/stats/export?propertyId=${fx.propertyId}&month=2026-12`)).statusCode, 200);
  assert.equal(
    await count(`select count(*) n from audit_events where entity_id = '${roundId}' and action = 'inspection_round.visited'`),
    3,
  );
});

test('job: missed rounds alert once; late completion alerts once; an assignee who is off is replaced', async () => {
  clock.set('2026-12-12T07:00:00+08:00'); // Saturday
  await relogin();
  const daily = ok(
    await sup.post(
      '/api/v1/inspection-plans',
      friday({
        name: '车库巡查',
        area: '地下车库',
        rrule: 'FREQ=DAILY',
        windowStart: '07:30',
        windowEnd: '08:30',
        leadMinutes: 30,
        assigneeId: ids.off,
        checkpoints: [checklist.stairs],
      }),
    ),
    201,
  );
  clock.set('2026-12-14T07:05:00+08:00'); // Monday: a working day
  assert.equal(await generateRounds(db(), clock.now(), fx.propertyId), 1);
  const [created] = await rows(`select * from inspection_rounds where plan_id = '${daily.id}'`);
  // The assignee is disabled: the least-loaded tenant_rep on duty takes it.
  assert.equal(created!.reassigned_from, ids.off);
  assert.equal(created!.assignee_name, '李晓');
  clock.set('2026-12-14T08:31:00+08:00');
  await relogin();
  assert.equal(await sweepMissed(db(), clock.now(), fx.propertyId), 1);
  assert.equal(await sweepMissed(db(), clock.now(), fx.propertyId), 0);
  assert.equal(
    await count(`select count(*) n from notifications where kind = 'inspections.round_missed' and property_id = '${fx.propertyId}'`),
    1,
  );
  const missed = ok(await sup.get(`/api/v1/inspection-rounds/${created!.id}`));
  assert.equal(missed.state, 'missed');
  problem(await li.post(`/api/v1/inspection-rounds/${created!.id}/visits`, { token: daily.checkpoints[0].qrToken }), 409, 'round_closed');
  // Late: started in the window, completed after it.
  clock.set('2026-12-15T07:40:00+08:00');
  await relogin();
  assert.equal(await generateRounds(db(), clock.now(), fx.propertyId), 1);
  const [tue] = await rows(`select * from inspection_rounds where plan_id = '${daily.id}' and due_date = '2026-12-15'`);
  const cp = daily.checkpoints[0];
  ok(
    await li.post(`/api/v1/inspection-rounds/${tue!.id}/visits`, {
      token: cp.qrToken,
      results: [{ checkItemId: cp.items[0].id, outcome: 'pass' }],
    }),
    201,
  );
  clock.set('2026-12-15T08:45:00+08:00');
  assert.equal(await sweepMissed(db(), clock.now(), fx.propertyId), 0);
  const late = ok(await li.post(`/api/v1/inspection-rounds/${tue!.id}/complete`));
  assert.equal(late.late, true);
  assert.equal(
    await count(`select count(*) n from notifications where kind = 'inspections.round_late' and property_id = '${fx.propertyId}'`),
    1,
  );
  problem(await li.post(`/api/v1/inspection-rounds/${tue!.id}/complete`), 409, 'round_closed');
  assert.equal(
    await count(`select count(*) n from notifications where kind = 'inspections.round_late' and property_id = '${fx.propertyId}'`),
    1,
  );
});
