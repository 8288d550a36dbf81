import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  problem,
  ok,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
} from '../../../test/helpers.ts';
import { at } from '../../../test/builders.ts';

let t: TestApp;
let fx: Fixture;
let other: Fixture;
let desk: Session, eng: Session, tenant: Session, sup: Session, pm: Session;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  other = await makeProperty(t.app, '另一项目');
  const p = fx.propertyId;
  const users = await Promise.all([
    makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'affairs_admin'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }], { unitId: fx.unitId, organizationId: fx.organizationId }),
    makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }]),
    makeUser(t.app, [
      { propertyId: p, roles: ['project_manager'] },
      { propertyId: other.propertyId, roles: ['project_manager'] },
    ]),
  ]);
  [desk, eng, tenant, sup, pm] = await Promise.all(users.map((u) => login(t.app, u)));
});
after(async () => t.close());

const q = (o: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...o }).toString();
const complaint = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  kind: 'complaint',
  channel: 'hotline',
  contactName: '李先生',
  content: '走廊照明不足',
  ...over,
});
const sheetNames = async (body: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
};

test('measures: complaint rate with the 5% line and corrective action; three equalities with drill-down; SLA attainment', async () => {
  t.clock.set(at('2026-09-15T10:00'));
  ok(await desk.post('/api/v1/cases', complaint({ nature: 'valid', category: 'equipment', severity: 'important', channel: 'visit' })), 201);
  ok(await desk.post('/api/v1/cases', complaint({ nature: 'communicative', natureType: 'inquiry', category: 'quality' })), 201);
  t.clock.set(at('2026-10-09T10:00'));
  const rate = ok(await pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q3' })}`));
  assert.equal(rate.households, 2);
  const sep = rate.months.find((m: { month: string }) => m.month === '2026-09');
  assert.equal(sep.validComplaints, 1);
  assert.equal(sep.rate, 0.5);
  assert.equal(sep.overTarget, true);
  assert.equal(rate.correctiveActionRequired, true);
  ok(
    await pm.post('/api/v1/reports/complaint-rate/corrective-action', {
      propertyId: fx.propertyId,
      quarter: '2026Q3',
      note: '加强设备巡检',
    }),
  );
  assert.equal(ok(await pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q3' })}`)).correctiveActionRequired, false);
  problem(
    await pm.post('/api/v1/reports/complaint-rate/corrective-action', { propertyId: other.propertyId, quarter: '2026Q3', note: 'x' }),
    422,
    'complaint_rate_not_exceeded',
  );
  problem(await pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q5' })}`), 400, 'validation_failed');

  t.clock.set(at('2026-08-03T09:00'));
  const logged = ok(await desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '灯不亮' }), 201);
  const r2 = ok(await desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '门锁坏' }), 201);
  const wos = ok(await desk.post(`/api/v1/cases/${r2.id}/work-orders`, { content: '修门锁' }), 201).workOrders;
  const r3 = ok(await desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '水管滴漏' }), 201);
  ok(await desk.post(`/api/v1/cases/${r3.id}/dispatch`, {}));
  t.clock.set(at('2026-10-09T10:00'));
  const eq3 = ok(await sup.get(`/api/v1/reports/three-equalities?${q({ month: '2026-08' })}`));
  assert.deepEqual([eq3.logged, eq3.dispatched, eq3.issued, eq3.returned], [3, 2, 1, 0]);
  assert.deepEqual(eq3.equal, { loggedEqualsDispatched: false, issuedEqualsDispatched: false, returnedEqualsIssued: false });
  assert.deepEqual(
    eq3.mismatches.notDispatched.map((x: { caseNumber: string }) => x.caseNumber),
    [logged.number],
  );
  assert.deepEqual(
    eq3.mismatches.dispatchedWithoutWorkOrder.map((x: { caseNumber: string }) => x.caseNumber),
    [r3.number],
  );
  assert.deepEqual(
    eq3.mismatches.notReturned.map((x: { workOrderNumber: string }) => x.workOrderNumber),
    [wos[0].number],
  );
  const x = await sup.get(`/api/v1/reports/three-equalities?${q({ month: '2026-08', format: 'xlsx' })}`);
  assert.equal((await sheetNames(x.rawPayload)).length, 5);

  const sla = ok(await sup.get(`/api/v1/reports/sla?${q({ month: '2026-08' })}`));
  assert.equal(sla.overall.total, 3);
  assert.equal(sla.rows[0].kind, 'repair');
  assert.equal(sla.overall.respondMeasured, 3);
  assert.equal(sla.overall.respondOnTime, 2, 'the undispatched repair was never responded to');
  assert.equal(sla.overall.respondPct, 66.7);
  problem(await tenant.get(`/api/v1/reports/sla?${q({ month: '2026-08' })}`), 403);
  problem(await eng.get(`/api/v1/reports/three-equalities?${q({ month: '2026-08' })}`), 403);
});
