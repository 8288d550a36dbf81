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
  type TestUser,
} from '../../../test/helpers.ts';
import { auditEvents, notifications, users } from '../../../db/schema/index.ts';
import { at } from '../../../test/builders.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, sup: Session, e1: Session, e2: Session, e3: Session;
let deskU: TestUser, e1U: TestUser, e2U: TestUser, e3U: TestUser;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-11-09T09:00')) });
  fx = await makeProperty(t.app);
  const p = fx.propertyId;
  deskU = await makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'dispatcher'] }]);
  const supU = await makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }]);
  e1U = await makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }], { displayName: 'A 工程师' });
  e2U = await makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }], { displayName: 'B 工程师' });
  e3U = await makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }], { displayName: 'C 工程师' });
  [desk, sup, e1, e2, e3] = await Promise.all([deskU, supU, e1U, e2U, e3U].map((u) => login(t.app, u)));
});
after(async () => t.close());

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
const issue = async (caseId: string, body: Record<string, unknown> = {}) => {
  const d = ok(await desk.post(`/api/v1/cases/${caseId}/work-orders`, { content: '维修', ...body }), 201);
  return d.workOrders[d.workOrders.length - 1] as {
    id: string;
    number: string;
    assigneeId: string | null;
    dispatchMode: string | null;
    status: string;
  };
};

test('dispatch rules: only admin / cs_supervisor; assign, grab (one accept wins), rotate (skips disabled)', async () => {
  const url = `/api/v1/dispatch-rules?propertyId=${fx.propertyId}`;
  problem(await desk.get(url), 403, 'forbidden');
  problem(await desk.put(url, { rules: [] }), 403, 'forbidden');
  problem(await sup.put(url, { rules: [{ subcategory: 'lighting', mode: 'assign' }] }), 400, 'validation_failed');
  const put = ok(
    await sup.put(url, {
      rules: [
        { subcategory: 'lighting', mode: 'assign', assigneeId: e2U.id },
        { subcategory: 'water', mode: 'grab' },
        { subcategory: 'power', mode: 'rotate' },
      ],
    }),
  );
  assert.equal(put.rules.length, 3);
  assert.equal(ok(await sup.get(url)).rules.length, 3);

  const w1 = await issue((await repair('lighting')).id);
  assert.equal(w1.assigneeId, e2U.id);
  assert.equal(w1.dispatchMode, 'assign');

  const g = await issue((await repair('water')).id);
  assert.equal(g.assigneeId, null);
  assert.equal(g.dispatchMode, 'grab');
  const [n] = await t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, e3U.id), eq(notifications.kind, 'work_order.issued')));
  assert.ok(n, 'on-duty engineers are told');
  const [r1, r2] = await Promise.all([e1.post(`/api/v1/work-orders/${g.id}/accept`), e3.post(`/api/v1/work-orders/${g.id}/accept`)]);
  assert.deepEqual([r1.statusCode, r2.statusCode].sort(), [200, 409]);
  const again = await e2.post(`/api/v1/work-orders/${g.id}/accept`);
  assert.equal(again.statusCode, 409);

  const rot: (string | null)[] = [];
  for (let i = 0; i < 3; i++) rot.push((await issue((await repair('power')).id)).assigneeId);
  assert.deepEqual(rot, [e1U.id, e2U.id, e3U.id]);
  await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, e1U.id));
  const next = (await issue((await repair('power')).id)).assigneeId;
  assert.equal(next, e2U.id, 'disabled engineer skipped');
  await t.database.db.update(users).set({ disabled: false }).where(eq(users.id, e1U.id));

  // explicit assignee wins over the rule
  const manual = await issue((await repair('power')).id, { assigneeId: e3U.id });
  assert.equal(manual.assigneeId, e3U.id);
  assert.equal(manual.dispatchMode, null);
});

test('transfer and hand-back with a reason: timeline, audit, dispatcher told; workload counts open orders', async () => {
  const c = await repair('other');
  const w = await issue(c.id, { assigneeId: e1U.id });
  ok(await e1.post(`/api/v1/work-orders/${w.id}/accept`));
  problem(await e1.post(`/api/v1/work-orders/${w.id}/transfer`, { assigneeId: e2U.id, reason: '忙' }), 403, 'forbidden');
  problem(await desk.post(`/api/v1/work-orders/${w.id}/transfer`, { assigneeId: deskU.id, reason: '忙' }), 400);
  const tr = ok(await desk.post(`/api/v1/work-orders/${w.id}/transfer`, { assigneeId: e2U.id, reason: '专业不对口' }));
  assert.equal(tr.assigneeId, e2U.id);
  assert.equal(tr.status, 'issued');

  const before = ok(await desk.get(`/api/v1/work-orders/workload?propertyId=${fx.propertyId}`));
  const count = (d: { engineers: { userId: string; openWorkOrders: number }[] }, id: string) =>
    d.engineers.find((e) => e.userId === id)!.openWorkOrders;
  problem(await e2.get(`/api/v1/work-orders/workload?propertyId=${fx.propertyId}`), 403, 'forbidden');

  problem(await e1.post(`/api/v1/work-orders/${w.id}/hand-back`, { reason: 'x' }), 403, 'forbidden');
  const hb = ok(await e2.post(`/api/v1/work-orders/${w.id}/hand-back`, { reason: '缺少配件' }));
  assert.equal(hb.assigneeId, null);
  const afterWl = ok(await desk.get(`/api/v1/work-orders/workload?propertyId=${fx.propertyId}`));
  assert.equal(count(afterWl, e2U.id), count(before, e2U.id) - 1);
  assert.equal(afterWl.unassigned, before.unassigned + 1);

  const d = ok(await desk.get(`/api/v1/cases/${c.id}`));
  const kinds = d.timeline.map((e: { kind: string }) => e.kind);
  assert.ok(kinds.includes('work_order_transferred') && kinds.includes('work_order_handed_back'));
  assert.equal(d.timeline.find((e: { kind: string }) => e.kind === 'work_order_handed_back').note, '缺少配件');
  const audits = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, w.id));
  for (const a of ['work_order.transferred', 'work_order.handed_back'])
    assert.ok(
      audits.some((r) => r.action === a),
      a,
    );
  const told = await t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, deskU.id), eq(notifications.kind, 'work_order.handed_back')));
  assert.equal(told.length, 1);
});
