import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents, notifications, users } from '../../../db/schema/index.ts';
import { casesWorld, DESK, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'sup' | 'e1' | 'e2' | 'e3'>;

before(async () => {
  w = await casesWorld(
    {
      desk: DESK,
      sup: ['cs_supervisor'],
      e1: { roles: ['engineer'], displayName: 'A 工程师' },
      e2: { roles: ['engineer'], displayName: 'B 工程师' },
      e3: { roles: ['engineer'], displayName: 'C 工程师' },
    },
    { now: '2026-11-09T09:00' },
  );
});
after(async () => w.t.close());

const issue = async (caseId: string, body: Record<string, unknown> = {}) => {
  const d = ok(await w.s.desk.post(`/api/v1/cases/${caseId}/work-orders`, { content: '维修', ...body }), 201);
  return d.workOrders[d.workOrders.length - 1] as {
    id: string;
    number: string;
    assigneeId: string | null;
    dispatchMode: string | null;
    status: string;
  };
};

test('dispatch rules: only admin / cs_supervisor; assign, grab (one accept wins), rotate (skips disabled)', async () => {
  const { t, fx, s, ids, repair } = w;
  const url = `/api/v1/dispatch-rules?propertyId=${fx.propertyId}`;
  problem(await s.desk.get(url), 403, 'forbidden');
  problem(await s.desk.put(url, { rules: [] }), 403, 'forbidden');
  problem(await s.sup.put(url, { rules: [{ subcategory: 'lighting', mode: 'assign' }] }), 400, 'validation_failed');
  const put = ok(
    await s.sup.put(url, {
      rules: [
        { subcategory: 'lighting', mode: 'assign', assigneeId: ids.e2 },
        { subcategory: 'water', mode: 'grab' },
        { subcategory: 'power', mode: 'rotate' },
      ],
    }),
  );
  assert.equal(put.rules.length, 3);
  assert.equal(ok(await s.sup.get(url)).rules.length, 3);

  const w1 = await issue((await repair('lighting')).id);
  assert.equal(w1.assigneeId, ids.e2);
  assert.equal(w1.dispatchMode, 'assign');

  const g = await issue((await repair('water')).id);
  assert.equal(g.assigneeId, null);
  assert.equal(g.dispatchMode, 'grab');
  const [n] = await t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, ids.e3), eq(notifications.kind, 'work_order.issued')));
  assert.ok(n, 'on-duty engineers are told');
  const [r1, r2] = await Promise.all([s.e1.post(`/api/v1/work-orders/${g.id}/accept`), s.e3.post(`/api/v1/work-orders/${g.id}/accept`)]);
  assert.deepEqual([r1.statusCode, r2.statusCode].sort(), [200, 409]);
  const again = await s.e2.post(`/api/v1/work-orders/${g.id}/accept`);
  assert.equal(again.statusCode, 409);

  const rot: (string | null)[] = [];
  for (let i = 0; i < 3; i++) rot.push((await issue((await repair('power')).id)).assigneeId);
  assert.deepEqual(rot, [ids.e1, ids.e2, ids.e3]);
  await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, ids.e1));
  const next = (await issue((await repair('power')).id)).assigneeId;
  assert.equal(next, ids.e2, 'disabled engineer skipped');
  await t.database.db.update(users).set({ disabled: false }).where(eq(users.id, ids.e1));

  // explicit assignee wins over the rule
  const manual = await issue((await repair('power')).id, { assigneeId: ids.e3 });
  assert.equal(manual.assigneeId, ids.e3);
  assert.equal(manual.dispatchMode, null);
});

test('transfer and hand-back with a reason: timeline, audit, dispatcher told; workload counts open orders', async () => {
  const { t, fx, s, ids, repair } = w;
  const c = await repair('other');
  const wo = await issue(c.id, { assigneeId: ids.e1 });
  ok(await s.e1.post(`/api/v1/work-orders/${wo.id}/accept`));
  problem(await s.e1.post(`/api/v1/work-orders/${wo.id}/transfer`, { assigneeId: ids.e2, reason: '忙' }), 403, 'forbidden');
  problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/transfer`, { assigneeId: ids.desk, reason: '忙' }), 400);
  const tr = ok(await s.desk.post(`/api/v1/work-orders/${wo.id}/transfer`, { assigneeId: ids.e2, reason: '专业不对口' }));
  assert.equal(tr.assigneeId, ids.e2);
  assert.equal(tr.status, 'issued');

  const before = ok(await s.desk.get(`/api/v1/work-orders/workload?propertyId=${fx.propertyId}`));
  const count = (d: { engineers: { userId: string; openWorkOrders: number }[] }, id: string) =>
    d.engineers.find((e) => e.userId === id)!.openWorkOrders;
  problem(await s.e2.get(`/api/v1/work-orders/workload?propertyId=${fx.propertyId}`), 403, 'forbidden');

  problem(await s.e1.post(`/api/v1/work-orders/${wo.id}/hand-back`, { reason: 'x' }), 403, 'forbidden');
  const hb = ok(await s.e2.post(`/api/v1/work-orders/${wo.id}/hand-back`, { reason: '缺少配件' }));
  assert.equal(hb.assigneeId, null);
  const afterWl = ok(await s.desk.get(`/api/v1/work-orders/workload?propertyId=${fx.propertyId}`));
  assert.equal(count(afterWl, ids.e2), count(before, ids.e2) - 1);
  assert.equal(afterWl.unassigned, before.unassigned + 1);

  const d = ok(await s.desk.get(`/api/v1/cases/${c.id}`));
  const kinds = d.timeline.map((e: { kind: string }) => e.kind);
  assert.ok(kinds.includes('work_order_transferred') && kinds.includes('work_order_handed_back'));
  assert.equal(d.timeline.find((e: { kind: string }) => e.kind === 'work_order_handed_back').note, '缺少配件');
  const audits = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, wo.id));
  for (const a of ['work_order.transferred', 'work_order.handed_back'])
    assert.ok(
      audits.some((r) => r.action === a),
      a,
    );
  const told = await t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, ids.desk), eq(notifications.kind, 'work_order.handed_back')));
  assert.equal(told.length, 1);
});
