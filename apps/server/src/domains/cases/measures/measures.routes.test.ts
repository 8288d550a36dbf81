import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok } from '../../../test/helpers.ts';
import { at, sheetNames } from '../../../test/builders.ts';
import { casesWorld, DESK_ADMIN, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'eng' | 'tenant' | 'sup' | 'pm'>;

before(async () => {
  w = await casesWorld({
    desk: DESK_ADMIN,
    eng: ['engineer'],
    tenant: UNIT_TENANT,
    sup: ['cs_supervisor'],
    pm: { roles: ['project_manager'], on: 'both' },
  });
});
after(async () => w.t.close());

test('measures: complaint rate with the 5% line and corrective action; three equalities with drill-down; SLA attainment', async () => {
  const { t, fx, other, s, q, corridorComplaint } = w;
  t.clock.set(at('2026-09-15T10:00'));
  ok(
    await s.desk.post(
      '/api/v1/cases',
      corridorComplaint({ nature: 'valid', category: 'equipment', severity: 'important', channel: 'visit' }),
    ),
    201,
  );
  ok(await s.desk.post('/api/v1/cases', corridorComplaint({ nature: 'communicative', natureType: 'inquiry', category: 'quality' })), 201);
  t.clock.set(at('2026-10-09T10:00'));
  const rate = ok(await s.pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q3' })}`));
  assert.equal(rate.households, 2);
  const sep = rate.months.find((m: { month: string }) => m.month === '2026-09');
  assert.equal(sep.validComplaints, 1);
  assert.equal(sep.rate, 0.5);
  assert.equal(sep.overTarget, true);
  assert.equal(rate.correctiveActionRequired, true);
  ok(
    await s.pm.post('/api/v1/reports/complaint-rate/corrective-action', {
      propertyId: fx.propertyId,
      quarter: '2026Q3',
      note: '加强设备巡检',
    }),
  );
  assert.equal(ok(await s.pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q3' })}`)).correctiveActionRequired, false);
  problem(
    await s.pm.post('/api/v1/reports/complaint-rate/corrective-action', { propertyId: other.propertyId, quarter: '2026Q3', note: 'x' }),
    422,
    'complaint_rate_not_exceeded',
  );
  problem(await s.pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q5' })}`), 400, 'validation_failed');

  t.clock.set(at('2026-08-03T09:00'));
  const logged = ok(await s.desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '灯不亮' }), 201);
  const r2 = ok(await s.desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '门锁坏' }), 201);
  const wos = ok(await s.desk.post(`/api/v1/cases/${r2.id}/work-orders`, { content: '修门锁' }), 201).workOrders;
  const r3 = ok(await s.desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '水管滴漏' }), 201);
  ok(await s.desk.post(`/api/v1/cases/${r3.id}/dispatch`, {}));
  t.clock.set(at('2026-10-09T10:00'));
  const eq3 = ok(await s.sup.get(`/api/v1/reports/three-equalities?${q({ month: '2026-08' })}`));
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
  const x = await s.sup.get(`/api/v1/reports/three-equalities?${q({ month: '2026-08', format: 'xlsx' })}`);
  assert.equal((await sheetNames(x.rawPayload)).length, 5);

  const sla = ok(await s.sup.get(`/api/v1/reports/sla?${q({ month: '2026-08' })}`));
  assert.equal(sla.overall.total, 3);
  assert.equal(sla.rows[0].kind, 'repair');
  assert.equal(sla.overall.respondMeasured, 3);
  assert.equal(sla.overall.respondOnTime, 2, 'the undispatched repair was never responded to');
  assert.equal(sla.overall.respondPct, 66.7);
  problem(await s.tenant.get(`/api/v1/reports/sla?${q({ month: '2026-08' })}`), 403);
  problem(await s.eng.get(`/api/v1/reports/three-equalities?${q({ month: '2026-08' })}`), 403);
});

test('the case reports open on the current month once a case came in, else on the last complete one', async () => {
  const { t, s, q, corridorComplaint } = w;
  // Friday 9 October, nothing received yet this month: yesterday, last week, September (Q3).
  t.clock.set(at('2026-10-09T10:30'));
  assert.deepEqual(ok(await s.pm.get(`/api/v1/reports/cases/default-period?${q({})}`)), {
    day: '2026-10-08',
    week: '2026-W40',
    month: '2026-09',
    quarter: '2026Q3',
  });
  ok(await s.desk.post('/api/v1/cases', corridorComplaint({ nature: 'valid', category: 'quality' })), 201);
  t.clock.set(at('2026-10-09T10:35'));
  const opened = ok(await s.pm.get(`/api/v1/reports/cases/default-period?${q({})}`));
  assert.deepEqual(opened, { day: '2026-10-09', week: '2026-W41', month: '2026-10', quarter: '2026Q4' });
  assert.ok([403, 404].includes((await s.tenant.get(`/api/v1/reports/cases/default-period?${q({})}`)).statusCode));
});
