import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents, cases } from '../../../db/schema/index.ts';
import { casesWorld, DESK, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'eng' | 'supervisor' | 'pm'>;

before(async () => {
  w = await casesWorld({ desk: DESK, eng: ['engineer'], supervisor: ['cs_supervisor'], pm: ['project_manager'] });
});
after(async () => w.t.close());

test('closing is refused with every reason; void needs a reason and keeps the number', async () => {
  const { fx, s, complaint } = w;
  const c = ok(await s.desk.post('/api/v1/cases', complaint({ severity: 'major' })), 201);
  const res = problem(await s.desk.post(`/api/v1/cases/${c.id}/close`, {}), 422, 'case_not_closable');
  assert.deepEqual(
    (res.reasons as { code: string }[]).map((r) => r.code),
    ['proof_not_checked', 'approval_required'],
  );
  ok(await s.desk.post('/api/v1/cases', complaint({ parentCaseId: c.id, content: '连带问题：风口漏水' })), 201);
  const res2 = problem(await s.supervisor.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true }), 422, 'case_not_closable');
  assert.deepEqual(
    (res2.reasons as { code: string }[]).map((r) => r.code),
    ['linked_case_open'],
  );

  const r = ok(await s.desk.post('/api/v1/cases', complaint({ kind: 'repair', content: '水龙头漏水' })), 201);
  const wo = ok(await s.desk.post(`/api/v1/cases/${r.id}/work-orders`, { content: '维修水龙头' }), 201).workOrders[0];
  const v = problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/void`, {}), 422, 'void_reason_required');
  assert.equal(v.fields?.[0]?.path, 'reason');
  problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/void`, { reason: '  ' }), 422, 'void_reason_required');
  problem(await s.eng.post(`/api/v1/work-orders/${wo.id}/void`, { reason: 'x' }), 403, 'forbidden');
  const voided = ok(await s.desk.post(`/api/v1/work-orders/${wo.id}/void`, { reason: '客户取消' }));
  assert.equal(voided.number, wo.number);
  problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/accept`), 422, 'invalid_transition');
  const noWo = problem(await s.desk.post(`/api/v1/cases/${r.id}/close`, {}), 422, 'case_not_closable');
  assert.deepEqual(
    (noWo.reasons as { code: string }[]).map((x) => x.code),
    ['no_work_order'],
  );
  const gap = ok(await s.desk.get(`/api/v1/work-orders/gap-report?propertyId=${fx.propertyId}&year=2026`));
  assert.deepEqual(gap.missing, []);
  assert.ok(gap.voided.some((x: { number: string; reason: string }) => x.number === wo.number && x.reason === '客户取消'));
});

test('two concurrent closes: one wins, the other gets 409', async () => {
  const { t, s, complaint, eventsOf } = w;
  const c = ok(await s.desk.post('/api/v1/cases', complaint({ content: '前台答复态度冷淡', category: 'attitude' })), 201);
  const [a, b] = await Promise.all([
    s.desk.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true, proofNote: '主管电话确认', version: c.version }),
    s.supervisor.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true, version: c.version }),
  ]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
  problem(a.statusCode === 409 ? a : b, 409, 'conflict');
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
  assert.equal(row!.status, 'closed');
  assert.equal((await eventsOf(c.id, 'closed')).length, 1);
});

test('quarterly close of unresolvable cases: project manager only, all or nothing, audited', async () => {
  const { t, fx, s, repair } = w;
  const a = await repair('other');
  const b = await repair('other');
  const body = { propertyId: fx.propertyId, quarter: '2026Q4', caseIds: [a.id, b.id], note: '设备停产，无法修复' };
  problem(await s.supervisor.post('/api/v1/cases/close-unresolvable', body), 403, 'forbidden');
  problem(await s.desk.post('/api/v1/cases/close-unresolvable', body), 403, 'forbidden');
  problem(await s.pm.post('/api/v1/cases/close-unresolvable', { ...body, quarter: '2026Q5' }), 400, 'validation_failed');
  // one unknown id → nothing closes
  problem(await s.pm.post('/api/v1/cases/close-unresolvable', { ...body, caseIds: [a.id, '00000000-0000-4000-8000-000000000000'] }), 400);
  assert.equal(ok(await s.desk.get(`/api/v1/cases/${a.id}`)).status, 'open');
  const res = ok(await s.pm.post('/api/v1/cases/close-unresolvable', body));
  assert.equal(res.closed.length, 2);
  const ca = ok(await s.desk.get(`/api/v1/cases/${a.id}`));
  assert.equal(ca.status, 'closed');
  assert.equal(ca.closeResult, 'unresolvable');
  const pmId = ca.closeApproverId;
  assert.ok(pmId && ca.closedBy === pmId);
  problem(await s.pm.post('/api/v1/cases/close-unresolvable', body), 409, 'conflict');
  const audits = await t.database.db.select({ id: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.action, 'case.closed'));
  assert.ok([a.id, b.id].every((id) => audits.some((r) => r.id === id)));
});
