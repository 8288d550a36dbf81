import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, sql } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents, cases, notifications, outbox } from '../../../db/schema/index.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK, type CasesWorld } from '../cases.fixture.ts';

type Who = 'desk' | 'eng' | 'sup' | 'pm' | 'gm' | 'tenant' | 'tenant2';
let w: CasesWorld<Who>;

before(async () => {
  w = await casesWorld({
    desk: DESK,
    eng: ['engineer'],
    sup: { roles: ['cs_supervisor'], email: 'sup@example.com' },
    pm: { roles: ['project_manager'], phone: '13900000002' }, // told of emergencies by SMS
    gm: { roles: ['general_manager'], phone: '13900000003', email: 'gm@example.com' },
    tenant: { roles: ['tenant'], ofUnit: true, phone: '13800000001' },
    tenant2: ['tenant'],
  });
});
after(async () => w.t.close());

const seqOf = (n: string) => Number(n.slice(-6));

test('repair on the portal → classify → work orders (consecutive) → engineer → tenant signs → return → callback → close', async () => {
  const { t, fx, s, ids, openCase } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const c = await openCase(
    { propertyId: fx.propertyId, kind: 'repair', channel: 'phone', content: '0301 室灯不亮', location: '主楼3F 0301', unitId: null },
    s.tenant,
  );
  assert.match(c.number, /^BX-2026-\d{6}$/);
  assert.equal(c.channel, 'tenant_portal');
  assert.equal(c.unitId, fx.unitId);
  assert.equal(c.organizationId, fx.organizationId);
  assert.equal(c.contactPhone, '13800000001');
  assert.equal(c.respondDueAt, at('2026-10-09T09:30').toISOString());
  assert.equal(c.policies.close, false);

  const cl = ok(
    await s.desk.post(`/api/v1/cases/${c.id}/classify`, {
      category: 'equipment',
      subcategory: 'lighting',
      urgency: 'urgent',
      note: '整层照明',
    }),
  );
  assert.equal(cl.resolveDueAt, at('2026-10-09T13:00').toISOString(), 'urgent repair: 4 working hours');
  assert.ok(cl.timeline.some((e: { kind: string; data: { changed: object } }) => e.kind === 'classified' && 'urgency' in e.data.changed));

  const w1 = ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '更换灯管', assigneeId: ids.eng }), 201);
  const w2 = ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '重复派单', paid: true }), 201);
  const [a, b] = [w1, w2].map((d) => d.workOrders as { id: string; number: string; status: string }[]);
  assert.equal(b!.length, 2);
  assert.equal(seqOf(b![1]!.number), seqOf(b![0]!.number) + 1);
  assert.match(b![0]!.number, /^WX-2026-\d{6}$/);
  assert.equal(w2.status, 'dispatched');
  assert.equal(a!.length, 1);
  const [wo1, wo2] = b!;
  ok(await s.desk.post(`/api/v1/work-orders/${wo2!.id}/void`, { reason: '重复开单' }));

  ok(await s.eng.post(`/api/v1/work-orders/${wo1!.id}/accept`));
  ok(await s.eng.post(`/api/v1/work-orders/${wo1!.id}/arrive`));
  assert.equal(ok(await s.desk.get(`/api/v1/cases/${c.id}`)).status, 'in_progress');
  const done = ok(
    await s.eng.post(`/api/v1/work-orders/${wo1!.id}/complete`, {
      workDone: '更换 T8 灯管 2 支',
      materials: [{ name: 'T8 灯管', qty: 2, unit: '支' }],
    }),
  );
  assert.equal(done.status, 'completed');
  problem(await s.tenant.post(`/api/v1/work-orders/${wo1!.id}/sign`, { name: '王女士', method: 'paper' }), 400, 'validation_failed');
  const signed = ok(await s.tenant.post(`/api/v1/work-orders/${wo1!.id}/sign`, { name: '王女士', method: 'portal' }));
  assert.equal(signed.signatureMethod, 'portal');
  problem(await s.desk.post(`/api/v1/cases/${c.id}/close`, {}), 422, 'case_not_closable');
  ok(await s.desk.post(`/api/v1/work-orders/${wo1!.id}/return`));
  assert.equal(ok(await s.desk.get(`/api/v1/cases/${c.id}`)).status, 'resolved');

  ok(await s.desk.post(`/api/v1/cases/${c.id}/callbacks`, { satisfied: true, courtesyRating: 5, attitudeRating: 4, comment: '及时' }), 201);
  const closed = ok(await s.desk.post(`/api/v1/cases/${c.id}/close`, { note: '已修复' }));
  assert.equal(closed.status, 'closed');
  assert.equal(closed.closedBy, ids.desk);
  assert.equal(closed.callbacks.length, 1);
  assert.deepEqual(
    closed.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k.startsWith('work_order_')),
    [
      'work_order_issued',
      'work_order_issued',
      'work_order_voided',
      'work_order_accepted',
      'work_order_on_site',
      'work_order_completed',
      'work_order_signed',
      'work_order_returned',
    ],
  );

  const gap = ok(await s.desk.get(`/api/v1/work-orders/gap-report?propertyId=${fx.propertyId}&year=2026`));
  assert.equal(gap.complete, true);
  assert.deepEqual(gap.missing, []);
  assert.ok(gap.issued >= 2);
  assert.deepEqual(gap.voided.find((v: { number: string }) => v.number === wo2!.number)?.reason, '重复开单');

  const audits = await t.database.db
    .select({ type: auditEvents.entityType, action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.propertyId, fx.propertyId));
  for (const a of ['case.created', 'case.classified', 'case.closed', 'case.callback'])
    assert.ok(
      audits.some((r) => r.action === a),
      a,
    );
  for (const a of ['work_order.issued', 'work_order.voided', 'work_order.signed', 'work_order.returned'])
    assert.ok(
      audits.some((r) => r.type === 'work_order' && r.action === a),
      a,
    );

  const mine = ok(await s.eng.get(`/api/v1/work-orders?propertyId=${fx.propertyId}&assignee=me`));
  assert.ok(mine.data.some((w: { id: string }) => w.id === wo1!.id));
});

test("tenants see only their own cases: another tenant's case is 404", async () => {
  const { fx, s, complaint } = w;
  const mine = ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'complaint', content: '保洁不及时' }), 201);
  problem(await s.tenant2.get(`/api/v1/cases/${mine.id}`), 404, 'not_found');
  problem(await s.tenant2.post(`/api/v1/cases/${mine.id}/follow-ups`, { kind: 'note', note: 'x' }), 404, 'not_found');
  ok(await s.tenant.post(`/api/v1/cases/${mine.id}/follow-ups`, { kind: 'note', note: '下午 3 点后有人' }));
  problem(await s.tenant.post(`/api/v1/cases/${mine.id}/close`, {}), 403, 'forbidden');
  const staffCase = ok(await s.desk.post('/api/v1/cases', complaint()), 201);
  problem(await s.tenant.get(`/api/v1/cases/${staffCase.id}`), 404);
  const list = ok(await s.tenant.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data as { id: string }[];
  assert.ok(list.some((c) => c.id === mine.id));
  assert.ok(!list.some((c) => c.id === staffCase.id));
  assert.equal(ok(await s.tenant2.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data.length, 0);
  const staffList = ok(await s.desk.get(`/api/v1/cases?propertyId=${fx.propertyId}&kind=complaint&q=${encodeURIComponent('保洁')}`))
    .data as {
    id: string;
  }[];
  assert.deepEqual(
    staffList.map((c) => c.id),
    [mine.id],
  );
});

test('an emergency notifies the CS supervisor, project manager and general manager at once, by SMS and e-mail', async () => {
  const { t, s, ids, complaint, notes } = w;
  const c = ok(await s.desk.post('/api/v1/cases', complaint({ kind: 'repair', emergency: true, content: '地下车库水管爆裂' })), 201);
  assert.equal(c.respondDueAt, c.createdAt);
  for (const id of [ids.sup, ids.gm]) assert.equal(await notes(id, 'case.emergency', c.id), 1);
  const sent = await t.database.db
    .select({ channel: outbox.channel, recipient: outbox.recipient })
    .from(outbox)
    .innerJoin(notifications, eq(notifications.id, outbox.notificationId))
    .where(and(eq(notifications.kind, 'case.emergency'), sql`${notifications.data}->>'caseId' = ${c.id}`));
  assert.deepEqual(sent.map((s) => `${s.channel}:${s.recipient}`).sort(), [
    'email:gm@example.com',
    'email:sup@example.com',
    'sms:13900000002',
    'sms:13900000003',
  ]);
});

test('bad input → problem+json with fields; a failure inside the transaction leaves nothing and no number is lost', async () => {
  const { t, fx, s, complaint } = w;
  const before = ok(await s.desk.post('/api/v1/cases', complaint()), 201);
  const bad = problem(
    await s.desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'bogus', content: '', natureType: 'venting' }),
    400,
    'validation_failed',
  );
  assert.deepEqual(bad.fields!.map((f) => f.path).sort(), ['content', 'kind']);
  problem(await s.desk.post('/api/v1/cases', complaint({ nature: 'valid', natureType: 'venting' })), 400, 'validation_failed');
  problem(
    await s.desk.post(`/api/v1/cases/${before.id}/callbacks`, { satisfied: true, courtesyRating: 9, attitudeRating: 1 }),
    400,
    'validation_failed',
  );
  const rows = async () =>
    Promise.all(
      [cases, auditEvents].map(async (table) => {
        const [r] = await t.database.db.select({ n: count() }).from(table).where(eq(table.propertyId, fx.propertyId));
        return Number(r!.n);
      }),
    );
  const [casesBefore, auditBefore] = await rows();
  problem(
    await s.desk.post('/api/v1/cases', complaint({ parentCaseId: '00000000-0000-4000-8000-000000000000' })),
    422,
    'invalid_reference',
  );
  assert.deepEqual(await rows(), [casesBefore, auditBefore]);
  const next = ok(await s.desk.post('/api/v1/cases', complaint()), 201);
  assert.equal(seqOf(next.number), seqOf(before.number) + 1);
  problem(await s.desk.post(`/api/v1/cases/${before.id}/extend`, { resolveDueAt: 'tomorrow', reason: 'x' }), 400, 'validation_failed');
  problem(await s.desk.get(`/api/v1/cases?propertyId=${fx.propertyId}&overdue=maybe`), 400, 'validation_failed');
});

test('contact lookup, consultations and role checks', async () => {
  const { t, fx, s, ids } = w;
  const found = ok(await s.desk.get(`/api/v1/cases/contact-lookup?propertyId=${fx.propertyId}&phone=13800000001`));
  assert.equal(found.users.length, 1);
  assert.equal(found.users[0].unitId, fx.unitId);
  problem(await s.tenant.get(`/api/v1/cases/contact-lookup?propertyId=${fx.propertyId}&phone=138`), 403);
  const q = ok(
    await s.desk.post('/api/v1/consultations', {
      propertyId: fx.propertyId,
      channel: 'phone',
      contactPhone: '13800000001',
      question: '周末空调开放吗？',
      answer: '需提前一天申请加班空调',
      topic: '空调',
    }),
    201,
  );
  assert.equal(q.createdBy, ids.desk);
  const list = ok(await s.desk.get(`/api/v1/consultations?propertyId=${fx.propertyId}&q=${encodeURIComponent('空调')}`)).data;
  assert.ok(list.some((x: { id: string }) => x.id === q.id));
  problem(await s.tenant.post('/api/v1/consultations', { propertyId: fx.propertyId, question: 'a', answer: 'b' }), 403);
  const overdue = ok(await s.desk.get(`/api/v1/cases?propertyId=${fx.propertyId}&overdue=true&limit=200`)).data as {
    resolveDueAt: string;
    respondDueAt: string;
    respondedAt: string | null;
  }[];
  const now = t.clock.now().getTime();
  assert.ok(overdue.every((c) => Date.parse(c.resolveDueAt) < now || (!c.respondedAt && Date.parse(c.respondDueAt) < now)));
});
