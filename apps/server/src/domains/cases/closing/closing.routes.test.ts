import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
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
import { auditEvents, cases, caseEvents } from '../../../db/schema/index.ts';
import { at } from '../../../test/builders.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, eng: Session, supervisor: Session, pm: Session;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  const p = fx.propertyId;
  const users = await Promise.all([
    makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'dispatcher'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['project_manager'] }]),
  ]);
  [desk, eng, supervisor, pm] = await Promise.all(users.map((u) => login(t.app, u)));
});
after(async () => t.close());

const complaint = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  kind: 'complaint',
  channel: 'hotline',
  contactName: '王女士',
  contactPhone: '0755-1234',
  unitId: fx.unitId,
  content: '会议室空调噪音大',
  ...over,
});
const repair = async (subcategory: string) =>
  ok(
    await desk.post('/api/v1/cases', {
      propertyId: fx.propertyId,
      kind: 'repair',
      channel: 'phone',
      content: `${subcategory} 报修`,
      category: 'equipment',
      subcategory,
    }),
    201,
  );

test('closing is refused with every reason; void needs a reason and keeps the number', async () => {
  const c = ok(await desk.post('/api/v1/cases', complaint({ severity: 'major' })), 201);
  const res = problem(await desk.post(`/api/v1/cases/${c.id}/close`, {}), 422, 'case_not_closable');
  assert.deepEqual(
    (res.reasons as { code: string }[]).map((r) => r.code),
    ['proof_not_checked', 'approval_required'],
  );
  ok(await desk.post('/api/v1/cases', complaint({ parentCaseId: c.id, content: '连带问题：风口漏水' })), 201);
  const res2 = problem(await supervisor.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true }), 422, 'case_not_closable');
  assert.deepEqual(
    (res2.reasons as { code: string }[]).map((r) => r.code),
    ['linked_case_open'],
  );

  const r = ok(await desk.post('/api/v1/cases', complaint({ kind: 'repair', content: '水龙头漏水' })), 201);
  const wo = ok(await desk.post(`/api/v1/cases/${r.id}/work-orders`, { content: '维修水龙头' }), 201).workOrders[0];
  const v = problem(await desk.post(`/api/v1/work-orders/${wo.id}/void`, {}), 422, 'void_reason_required');
  assert.equal(v.fields?.[0]?.path, 'reason');
  problem(await desk.post(`/api/v1/work-orders/${wo.id}/void`, { reason: '  ' }), 422, 'void_reason_required');
  problem(await eng.post(`/api/v1/work-orders/${wo.id}/void`, { reason: 'x' }), 403, 'forbidden');
  const voided = ok(await desk.post(`/api/v1/work-orders/${wo.id}/void`, { reason: '客户取消' }));
  assert.equal(voided.number, wo.number);
  problem(await desk.post(`/api/v1/work-orders/${wo.id}/accept`), 422, 'invalid_transition');
  const noWo = problem(await desk.post(`/api/v1/cases/${r.id}/close`, {}), 422, 'case_not_closable');
  assert.deepEqual(
    (noWo.reasons as { code: string }[]).map((x) => x.code),
    ['no_work_order'],
  );
  const gap = ok(await desk.get(`/api/v1/work-orders/gap-report?propertyId=${fx.propertyId}&year=2026`));
  assert.deepEqual(gap.missing, []);
  assert.ok(gap.voided.some((x: { number: string; reason: string }) => x.number === wo.number && x.reason === '客户取消'));
});

test('two concurrent closes: one wins, the other gets 409', async () => {
  const c = ok(await desk.post('/api/v1/cases', complaint({ content: '前台答复态度冷淡', category: 'attitude' })), 201);
  const [a, b] = await Promise.all([
    desk.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true, proofNote: '主管电话确认', version: c.version }),
    supervisor.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true, version: c.version }),
  ]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
  problem(a.statusCode === 409 ? a : b, 409, 'conflict');
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
  assert.equal(row!.status, 'closed');
  const closedEvents = await t.database.db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, 'closed')));
  assert.equal(closedEvents.length, 1);
});

test('quarterly close of unresolvable cases: project manager only, all or nothing, audited', async () => {
  const a = await repair('other');
  const b = await repair('other');
  const body = { propertyId: fx.propertyId, quarter: '2026Q4', caseIds: [a.id, b.id], note: '设备停产，无法修复' };
  problem(await supervisor.post('/api/v1/cases/close-unresolvable', body), 403, 'forbidden');
  problem(await desk.post('/api/v1/cases/close-unresolvable', body), 403, 'forbidden');
  problem(await pm.post('/api/v1/cases/close-unresolvable', { ...body, quarter: '2026Q5' }), 400, 'validation_failed');
  // one unknown id → nothing closes
  problem(await pm.post('/api/v1/cases/close-unresolvable', { ...body, caseIds: [a.id, '00000000-0000-4000-8000-000000000000'] }), 400);
  assert.equal(ok(await desk.get(`/api/v1/cases/${a.id}`)).status, 'open');
  const res = ok(await pm.post('/api/v1/cases/close-unresolvable', body));
  assert.equal(res.closed.length, 2);
  const ca = ok(await desk.get(`/api/v1/cases/${a.id}`));
  assert.equal(ca.status, 'closed');
  assert.equal(ca.closeResult, 'unresolvable');
  const pmId = ca.closeApproverId;
  assert.ok(pmId && ca.closedBy === pmId);
  problem(await pm.post('/api/v1/cases/close-unresolvable', body), 409, 'conflict');
  const audits = await t.database.db.select({ id: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.action, 'case.closed'));
  assert.ok([a.id, b.id].every((id) => audits.some((r) => r.id === id)));
});
