/**
 * Patrol findings through the routes: a round with a wet washroom floor (cleaning) and a dead corridor light
 * (repair). Housekeeping fixes the first, the re-inspection fails once and then passes; the second becomes one
 * repair case (channel 'patrol', linked both ways) with a work order that the engineer completes and the
 * inspector verifies and signs; the three equalities count it. Every refusal code; another property → 404.
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
import { png, jpeg, uploadAs } from '../../../test/uploads.ts';
import { cleaningFindingFigures } from './findings.figures.ts';
import { walkRound, WASHROOM_AND_LIGHT } from './findings.fixture.ts';

let t: TestApp;
let fx: Fixture;
let inspector: Session, hk: Session, eng: Session, desk: Session, manager: Session, tenant: Session, outsider: Session;
let ids: Record<'inspector' | 'eng', string>;
const clock = new TestClock(new Date('2026-12-04T09:30:00+08:00'));
let roundId: string;

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const u = {
    inspector: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_assistant'] }], { displayName: '陈国强' }),
    hk: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['housekeeping_supervisor'] }], { displayName: '许秀英' }),
    eng: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['engineer'] }], { displayName: '赵工' }),
    desk: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]),
    manager: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_supervisor'] }]),
    tenant: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]),
    outsider: await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['cs_assistant'] }]),
  };
  ids = { inspector: u.inspector.id, eng: u.eng.id };
  [inspector, hk, eng, desk, manager, tenant, outsider] = await Promise.all(
    [u.inspector, u.hk, u.eng, u.desk, u.manager, u.tenant, u.outsider].map((x) => login(t.app, x)),
  );
  const r = await walkRound(t.app.database.db, {
    propertyId: fx.propertyId,
    inspector: { id: u.inspector.id, displayName: '陈国强' },
    day: '2026-12-04',
    at: new Date('2026-12-04T09:20:00+08:00'),
    planName: '周五公共区域巡检',
    points: WASHROOM_AND_LIGHT,
  });
  roundId = r.roundId;
});
after(() => t.close());

const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const rows = async (text: string) => ((await t.app.database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] }).rows;
const findingOf = async (category: string) => {
  const list = ok(await inspector.get(`/api/v1/inspection-findings?${q({ roundId })}`)).data as { id: string; category: string }[];
  return list.find((f) => f.category === category)!.id;
};
const sign = async (s: Session, name: string) =>
  ok(
    await s.post('/api/v1/signatures', {
      propertyId: fx.propertyId,
      signerName: name,
      image: `data:image/png;base64,${(await png(600, 200)).toString('base64')}`,
    }),
    201,
  ).id as string;

test('a visit makes one finding per failed result, routed by category, idempotent; housekeeping is told', async () => {
  const list = ok(await inspector.get(`/api/v1/inspection-findings?${q({ roundId })}`));
  assert.equal(list.data.length, 2);
  const byCat = Object.fromEntries(list.data.map((f: { category: string }) => [f.category, f]));
  assert.equal(byCat.cleaning.route, 'housekeeping');
  assert.equal(byCat.cleaning.state, 'open');
  assert.equal(byCat.cleaning.checkpointName, '1F 男卫生间');
  assert.equal(byCat.cleaning.planName, '周五公共区域巡检');
  assert.equal(byCat.repair.route, 'repair');
  assert.equal(byCat.repair.note, '301 门口筒灯不亮');
  // The hook again on the same visit: nothing new.
  const { findingsFromVisit } = await import('./findings.hooks.ts');
  const { systemCtx } = await import('../../../lib/context.ts');
  const [v] = await rows(`select id from inspection_visits where round_id = '${roundId}' order by visited_at, id limit 1`);
  await t.app.database.db.transaction((tx) => findingsFromVisit(tx, systemCtx(tx, new Date()), String(v!.id)));
  assert.equal(ok(await inspector.get(`/api/v1/inspection-findings?${q({ roundId })}`)).data.length, 2);
  // Housekeeping's bell and its 待整改 list.
  const bell = JSON.stringify(ok(await hk.get('/api/v1/notifications?limit=50')));
  assert.match(bell, /1F 男卫生间/);
  const todo = ok(await hk.get(`/api/v1/inspection-findings?${q({ route: 'housekeeping', state: 'open' })}`));
  assert.equal(todo.data.length, 1);
  assert.equal(todo.data[0].policies.fix, true);
  assert.equal(todo.data[0].policies.reinspect, false);
});

test('cleaning: housekeeping fixes with a photo, the re-inspection fails and sends it back, the second passes and closes it', async () => {
  const id = await findingOf('cleaning');
  // Refusals before any fix.
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/close`, {}), 422, 'finding_reinspection_required');
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/reinspect`, { outcome: 'pass' }), 409, 'finding_state');
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/repair`, {}), 422, 'finding_not_repairable');
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/fix`, {}), 403);
  problem(await hk.post(`/api/v1/inspection-findings/${id}/fix`, { note: 'x', bogus: 1 }), 400);

  clock.set('2026-12-04T10:30:00+08:00');
  const photo = ok(await uploadAs(hk, fx.propertyId, { filename: 'dry.jpg', type: 'image/jpeg', data: await jpeg(800, 600) }), 201);
  const fixed = ok(await hk.post(`/api/v1/inspection-findings/${id}/fix`, { note: '已拖干积水，更换防滑垫', photoIds: [photo.id] }));
  assert.equal(fixed.state, 'fixed');
  assert.equal(fixed.steps.length, 1);
  assert.equal(fixed.steps[0].photos.length, 1);
  problem(await hk.post(`/api/v1/inspection-findings/${id}/fix`, {}), 409, 'finding_state');
  problem(await hk.post(`/api/v1/inspection-findings/${id}/reinspect`, { outcome: 'pass' }), 403);
  assert.match(JSON.stringify(ok(await inspector.get('/api/v1/notifications?limit=50'))), /请复查|re-inspect/);

  clock.set('2026-12-04T11:00:00+08:00');
  const failed = ok(await inspector.post(`/api/v1/inspection-findings/${id}/reinspect`, { outcome: 'fail', note: '台面仍有水渍' }));
  assert.equal(failed.state, 'open');
  assert.equal(failed.reinspections, 1);
  clock.set('2026-12-04T11:10:00+08:00');
  ok(await hk.post(`/api/v1/inspection-findings/${id}/fix`, { note: '重新擦干台面' }));
  clock.set('2026-12-04T11:30:00+08:00');
  const passed = ok(await inspector.post(`/api/v1/inspection-findings/${id}/reinspect`, { outcome: 'pass', note: '合格' }));
  assert.equal(passed.state, 'closed');
  assert.equal(passed.reinspections, 2);
  assert.deepEqual(
    passed.steps.map((s: { kind: string; outcome: string | null }) => [s.kind, s.outcome]),
    [
      ['fix', null],
      ['reinspect', 'fail'],
      ['fix', null],
      ['reinspect', 'pass'],
    ],
  );
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/reinspect`, { outcome: 'pass' }), 409, 'finding_closed');
  const audits = await rows(`select action from audit_events where entity_id = '${id}' order by id`);
  assert.deepEqual(
    audits.map((a) => a.action),
    [
      'inspection_finding.created',
      'inspection_finding.fix',
      'inspection_finding.reinspect',
      'inspection_finding.fix',
      'inspection_finding.reinspect',
    ],
  );
  assert.deepEqual(await cleaningFindingFigures(t.app.database.db, fx.propertyId, '2026-12'), {
    findings: 1,
    reinspections: 2,
    failedReinspections: 1,
    open: 0,
  });
});

test('repair: one case on channel patrol with its work order, linked both ways; the engineer completes, the inspector signs; three equalities count it', async () => {
  const id = await findingOf('repair');
  problem(await hk.post(`/api/v1/inspection-findings/${id}/fix`, {}), 422, 'finding_not_housekeeping');
  problem(await eng.post(`/api/v1/inspection-findings/${id}/repair`, {}), 403);
  problem(await tenant.get(`/api/v1/inspection-findings/${id}`), 404);
  problem(await outsider.get(`/api/v1/inspection-findings/${id}`), 404);
  problem(await outsider.post(`/api/v1/inspection-findings/${id}/repair`, {}), 404);
  problem(await outsider.get(`/api/v1/inspection-findings?${q()}`), 404);
  problem(
    await inspector.post(`/api/v1/inspection-findings/${id}/verify`, { signatureId: await sign(inspector, '陈国强') }),
    409,
    'finding_state',
  );

  clock.set('2026-12-04T10:00:00+08:00');
  const sent = ok(await inspector.post(`/api/v1/inspection-findings/${id}/repair`, {}));
  assert.equal(sent.state, 'in_repair');
  assert.match(sent.caseNumber, /^BX-2026-/);
  assert.match(sent.workOrderNumber, /^WX-2026-/);
  assert.equal(sent.workOrderStatus, 'issued');
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/repair`, {}), 409, 'finding_case_exists');
  const [n] = await rows(`select count(*)::int as n from cases where source_id = '${id}'`);
  assert.equal(n!.n, 1);
  // The case names its source and links back; the finding names the case.
  const c = ok(await desk.get(`/api/v1/cases/${sent.caseId}`));
  assert.equal(c.channel, 'patrol');
  assert.equal(c.kind, 'repair');
  const src = ok(await desk.get(`/api/v1/cases/${sent.caseId}/source`)).data;
  assert.deepEqual(src, {
    kind: 'inspection_finding',
    id,
    label: '周五公共区域巡检 2026-12-04 / 3F 走廊',
    link: `/inspections/findings/${id}`,
  });
  const byCase = ok(await inspector.get(`/api/v1/inspection-findings?${q({ route: 'repair' })}`)).data;
  assert.equal(byCase[0].caseId, sent.caseId);

  // Not done yet: the inspector cannot verify.
  problem(
    await inspector.post(`/api/v1/inspection-findings/${id}/verify`, { signatureId: await sign(inspector, '陈国强') }),
    422,
    'finding_work_not_done',
  );
  const wo = sent.workOrderId as string;
  ok(await eng.post(`/api/v1/work-orders/${wo}/accept`));
  ok(await eng.post(`/api/v1/work-orders/${wo}/arrive`));
  clock.set('2026-12-04T14:00:00+08:00');
  ok(await eng.post(`/api/v1/work-orders/${wo}/complete`, { workDone: '更换 LED 筒灯一只' }));
  const sig = await sign(inspector, '陈国强');
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/verify`, { note: 'x' }), 400);
  const verified = ok(await inspector.post(`/api/v1/inspection-findings/${id}/verify`, { signatureId: sig, note: '灯已亮' }));
  assert.equal(verified.state, 'closed');
  assert.equal(verified.verifiedByName, '陈国强');
  assert.equal(verified.signature.kind, 'signature');
  problem(await inspector.post(`/api/v1/inspection-findings/${id}/verify`, { signatureId: sig }), 409, 'finding_closed');
  ok(await desk.post(`/api/v1/work-orders/${wo}/sign`, { method: 'paper', name: '陈国强' }));
  ok(await desk.post(`/api/v1/work-orders/${wo}/return`));

  // 三相等: the patrol repair is logged, dispatched, issued and returned like any other.
  const eq3 = ok(await manager.get(`/api/v1/reports/three-equalities?${q({ month: '2026-12' })}`));
  assert.deepEqual([eq3.logged, eq3.dispatched, eq3.issued, eq3.returned], [1, 1, 1, 1]);
});

test('a safety finding marked urgent opens the emergency path; other findings close by hand', async () => {
  const r = await walkRound(t.app.database.db, {
    propertyId: fx.propertyId,
    inspector: { id: ids.inspector, displayName: '陈国强' },
    day: '2026-12-04',
    at: new Date('2026-12-04T15:00:00+08:00'),
    planName: '设备房巡检',
    points: [
      {
        name: 'B1 配电房',
        items: [
          { label: '无漏电隐患', category: 'safety', outcome: 'fail', note: '电缆桥架有破损' },
          { label: '门锁完好', category: 'other', outcome: 'fail' },
        ],
      },
    ],
  });
  const list = ok(await inspector.get(`/api/v1/inspection-findings?${q({ roundId: r.roundId })}`)).data as {
    id: string;
    category: string;
  }[];
  const safety = list.find((f) => f.category === 'safety')!.id;
  const other = list.find((f) => f.category === 'other')!.id;
  const sent = ok(await inspector.post(`/api/v1/inspection-findings/${safety}/repair`, { urgent: true }));
  assert.equal(sent.urgent, true);
  const c = ok(await manager.get(`/api/v1/cases/${sent.caseId}`));
  assert.equal(c.emergency, true);
  const closed = ok(await inspector.post(`/api/v1/inspection-findings/${other}/close`, { note: '已现场处理' }));
  assert.equal(closed.state, 'closed');
  // Filters: active ones of the property, by category.
  const active = ok(await manager.get(`/api/v1/inspection-findings?${q({ state: 'active' })}`)).data;
  assert.deepEqual(
    active.map((f: { category: string }) => f.category),
    ['safety'],
  );
  assert.equal(ok(await manager.get(`/api/v1/inspection-findings?${q({ category: 'cleaning' })}`)).data.length, 1);
  assert.equal(ok(await manager.get(`/api/v1/inspection-findings?${q({ limit: '2' })}`)).nextCursor !== null, true);
  problem(await manager.get(`/api/v1/inspection-findings?${q({ state: 'bogus' })}`), 400);
});
