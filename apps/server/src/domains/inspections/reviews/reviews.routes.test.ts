/**
 * Patrol reviews through the routes: the manager's daily review of the Friday round (a cleaning finding fixed
 * and re-inspected, a repair finding sent to repair and verified) signed once; the weekly summary with a
 * long-open repair finding and its fix-by date; the findings sent to repair in a period; refusals and 404s.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  ok,
  problem,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
} from '../../../test/helpers.ts';
import { sheetNames } from '../../../test/builders.ts';
import { png } from '../../../test/uploads.ts';
import { walkRound, WASHROOM_AND_LIGHT } from '../findings/findings.fixture.ts';

let t: TestApp;
let fx: Fixture;
let inspector: Session, hk: Session, eng: Session, manager: Session, tenant: Session, outsider: Session;
const clock = new TestClock(new Date('2026-12-04T09:30:00+08:00'));
let oldRepair: string;

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const u = {
    inspector: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_assistant'] }], { displayName: '陈国强' }),
    hk: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['housekeeping_supervisor'] }]),
    eng: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['engineer'] }]),
    manager: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_supervisor'] }], { displayName: '周经理' }),
    tenant: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]),
    outsider: await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['cs_supervisor'] }]),
  };
  [inspector, hk, eng, manager, tenant, outsider] = await Promise.all(
    [u.inspector, u.hk, u.eng, u.manager, u.tenant, u.outsider].map((x) => login(t.app, x)),
  );
  const who = { id: u.inspector.id, displayName: '陈国强' };
  // Two weeks ago: a repair finding sent to repair that is still open (long open).
  const old = await walkRound(t.app.database.db, {
    propertyId: fx.propertyId,
    inspector: who,
    day: '2026-11-20',
    at: new Date('2026-11-20T09:20:00+08:00'),
    planName: '屋面巡检',
    points: [{ name: '屋面排水口', items: [{ label: '排水口无堵塞', category: 'repair', outcome: 'fail', note: '落叶堵塞' }] }],
  });
  clock.set('2026-11-20T10:00:00+08:00');
  oldRepair = ok(await inspector.get(`/api/v1/inspection-findings?${q({ roundId: old.roundId })}`)).data[0].id;
  ok(await inspector.post(`/api/v1/inspection-findings/${oldRepair}/repair`, {}));
  // This Friday: the washroom (cleaning) and the light (repair), both carried through.
  const r = await walkRound(t.app.database.db, {
    propertyId: fx.propertyId,
    inspector: who,
    day: '2026-12-04',
    at: new Date('2026-12-04T09:20:00+08:00'),
    planName: '周五公共区域巡检',
    points: WASHROOM_AND_LIGHT,
  });
  const list = ok(await inspector.get(`/api/v1/inspection-findings?${q({ roundId: r.roundId })}`)).data as {
    id: string;
    category: string;
  }[];
  const clean = list.find((f) => f.category === 'cleaning')!.id;
  const light = list.find((f) => f.category === 'repair')!.id;
  clock.set('2026-12-04T10:00:00+08:00');
  ok(await hk.post(`/api/v1/inspection-findings/${clean}/fix`, { note: '已拖干' }));
  ok(await inspector.post(`/api/v1/inspection-findings/${clean}/reinspect`, { outcome: 'pass' }));
  const sent = ok(await inspector.post(`/api/v1/inspection-findings/${light}/repair`, {}));
  for (const s of ['accept', 'arrive']) ok(await eng.post(`/api/v1/work-orders/${sent.workOrderId}/${s}`));
  ok(await eng.post(`/api/v1/work-orders/${sent.workOrderId}/complete`, { workDone: '更换筒灯' }));
  const sig = ok(
    await inspector.post('/api/v1/signatures', {
      propertyId: fx.propertyId,
      signerName: '陈国强',
      image: `data:image/png;base64,${(await png(600, 200)).toString('base64')}`,
    }),
    201,
  );
  clock.set('2026-12-04T16:00:00+08:00');
  ok(await inspector.post(`/api/v1/inspection-findings/${light}/verify`, { signatureId: sig.id }));
});
after(() => t.close());

const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();

test("the manager reviews the day's rounds and findings and signs it off once", async () => {
  const d = ok(await manager.get(`/api/v1/inspection-reviews/daily?${q({ day: '2026-12-04' })}`));
  assert.equal(d.rounds.length, 1);
  assert.deepEqual(
    [d.rounds[0].planName, d.rounds[0].visits, d.rounds[0].checkpoints, d.rounds[0].findings],
    ['周五公共区域巡检', 2, 2, 2],
  );
  assert.deepEqual(d.findings.map((f: { category: string; state: string }) => [f.category, f.state]).sort(), [
    ['cleaning', 'closed'],
    ['repair', 'closed'],
  ]);
  assert.equal(d.signedOff, null);
  assert.equal(d.policies.signOff, true);
  problem(
    await manager.post('/api/v1/inspection-reviews/daily', { propertyId: fx.propertyId, day: '2026-12-05' }),
    422,
    'review_day_future',
  );
  problem(await manager.post('/api/v1/inspection-reviews/daily', { propertyId: fx.propertyId, day: '2026-02-30' }), 400);
  problem(await inspector.post('/api/v1/inspection-reviews/daily', { propertyId: fx.propertyId, day: '2026-12-04' }), 403);
  problem(await tenant.get(`/api/v1/inspection-reviews/daily?${q({ day: '2026-12-04' })}`), 403);
  problem(await outsider.get(`/api/v1/inspection-reviews/daily?${q({ day: '2026-12-04' })}`), 404);
  const signed = ok(
    await manager.post('/api/v1/inspection-reviews/daily', { propertyId: fx.propertyId, day: '2026-12-04', note: '记录完整' }),
    201,
  );
  assert.deepEqual(
    [signed.signedOff.signedByName, signed.signedOff.rounds, signed.signedOff.findings, signed.policies.signOff],
    ['周经理', 1, 2, false],
  );
  problem(
    await manager.post('/api/v1/inspection-reviews/daily', { propertyId: fx.propertyId, day: '2026-12-04' }),
    409,
    'review_already_signed',
  );
});

test('the Friday summary: found, done, long open with the fix-by date the manager sets; .xlsx', async () => {
  problem(await manager.get(`/api/v1/inspection-reviews/weekly?${q({ friday: '2026-12-03' })}`), 422, 'review_not_friday');
  const w = ok(await manager.get(`/api/v1/inspection-reviews/weekly?${q({ friday: '2026-12-04' })}`));
  assert.equal(w.from, '2026-11-28');
  assert.equal(w.inspectors.length, 1);
  const line = w.inspectors[0];
  assert.deepEqual([line.inspectorName, line.found, line.done, line.open], ['陈国强', 1, 1, 1]);
  assert.deepEqual(
    line.longOpen.map((f: { findingId: string; daysOpen: number; fixBy: string | null }) => [f.findingId, f.daysOpen, f.fixBy]),
    [[oldRepair, 14, null]],
  );
  problem(await inspector.post(`/api/v1/inspection-findings/${oldRepair}/fix-by`, { fixBy: '2026-12-10' }), 403);
  problem(await outsider.post(`/api/v1/inspection-findings/${oldRepair}/fix-by`, { fixBy: '2026-12-10' }), 404);
  ok(await manager.post(`/api/v1/inspection-findings/${oldRepair}/fix-by`, { fixBy: '2026-12-10', note: '联系供应商' }));
  const again = ok(await manager.get(`/api/v1/inspection-reviews/weekly?${q({ friday: '2026-12-04' })}`));
  assert.equal(again.inspectors[0].longOpen[0].fixBy, '2026-12-10');
  const closed = ok(await manager.get(`/api/v1/inspection-reviews/daily?${q({ day: '2026-12-04' })}`)).findings[0].id;
  problem(await manager.post(`/api/v1/inspection-findings/${closed}/fix-by`, { fixBy: '2026-12-10' }), 422, 'fix_by_not_long_open');
  const x = await manager.get(`/api/v1/inspection-reviews/weekly?${q({ friday: '2026-12-04', format: 'xlsx' })}`);
  assert.equal(x.statusCode, 200);
  assert.deepEqual(await sheetNames(x.rawPayload), ['周报修项目统计分析表', '长期未完成项目']);
});

test('巡检问题报修统计单: the findings sent to repair in the period; .xlsx; a bad period refused', async () => {
  const s = ok(await manager.get(`/api/v1/inspection-reviews/repairs?${q({ from: '2026-11-01', to: '2026-12-04' })}`));
  assert.deepEqual(
    s.rows.map((r: { checkpointName: string; workOrderStatus: string; state: string }) => [r.checkpointName, r.workOrderStatus, r.state]),
    [
      ['屋面排水口', 'issued', 'in_repair'],
      ['3F 走廊', 'completed', 'closed'],
    ],
  );
  assert.equal(ok(await manager.get(`/api/v1/inspection-reviews/repairs?${q({ from: '2026-12-01', to: '2026-12-04' })}`)).rows.length, 1);
  problem(
    await manager.get(`/api/v1/inspection-reviews/repairs?${q({ from: '2026-12-04', to: '2026-12-01' })}`),
    422,
    'review_period_invalid',
  );
  const x = await manager.get(`/api/v1/inspection-reviews/repairs?${q({ from: '2026-11-01', to: '2026-12-04', format: 'xlsx' })}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['巡检问题报修统计单']);
});
