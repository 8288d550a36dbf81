import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, makeProperty, makeUser, login, problem, ok, TestClock, type TestApp, type Fixture, type Session, type TestUser } from '../../../test/helpers.ts';
import { auditEvents, cases, caseEvents, notifications, outbox } from '../../../db/schema/index.ts';
import { runSlaScan } from '../deadlines/deadlines.jobs.ts';

const at = (local: string) => new Date(`${local}+08:00`);
let t: TestApp;
let fx: Fixture;
let desk: Session;
let eng: Session;
let tenant: Session;
let tenant2: Session;
let supervisor: Session;
let pm: Session;
let gm: TestUser;
let deskUser: TestUser;
let engUser: TestUser;
let supUser: TestUser;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  const p = fx.propertyId;
  deskUser = await makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'dispatcher'] }]);
  engUser = await makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }]);
  supUser = await makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }], { email: 'sup@example.com' });
  const pmUser = await makeUser(t.app, [{ propertyId: p, roles: ['project_manager'] }], { phone: '13900000002' });
  gm = await makeUser(t.app, [{ propertyId: p, roles: ['general_manager'] }], { phone: '13900000003', email: 'gm@example.com' });
  const tenantUser = await makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }], { unitId: fx.unitId, organizationId: fx.organizationId, phone: '13800000001' });
  const tenant2User = await makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }]);
  [desk, eng, tenant, tenant2, supervisor, pm] = await Promise.all([deskUser, engUser, tenantUser, tenant2User, supUser, pmUser].map((u) => login(t.app, u)));
});
after(async () => t.close());

const complaint = (over: Record<string, unknown> = {}) => ({ propertyId: fx.propertyId, kind: 'complaint', channel: 'hotline', contactName: '王女士', contactPhone: '0755-1234', unitId: fx.unitId, content: '会议室空调噪音大', ...over });
const seqOf = (n: string) => Number(n.slice(-6));
const notes = async (userId: string, kind: string, caseId?: string) => {
  const [r] = await t.database.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), caseId ? sql`${notifications.data}->>'caseId' = ${caseId}` : undefined));
  return Number(r!.n);
};

test('repair on the portal → classify → work orders (consecutive) → engineer → tenant signs → return → callback → close', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', channel: 'phone', content: '0301 室灯不亮', location: '主楼3F 0301', unitId: null }), 201);
  assert.match(c.number, /^BX-2026-\d{6}$/);
  assert.equal(c.channel, 'tenant_portal');
  assert.equal(c.unitId, fx.unitId);
  assert.equal(c.organizationId, fx.organizationId);
  assert.equal(c.contactPhone, '13800000001');
  assert.equal(c.respondDueAt, at('2026-10-09T09:30').toISOString());
  assert.equal(c.policies.close, false);

  const cl = ok(await desk.post(`/api/v1/cases/${c.id}/classify`, { category: 'equipment', subcategory: 'lighting', urgency: 'urgent', note: '整层照明' }));
  assert.equal(cl.resolveDueAt, at('2026-10-09T13:00').toISOString(), 'urgent repair: 4 working hours');
  assert.ok(cl.timeline.some((e: { kind: string; data: { changed: object } }) => e.kind === 'classified' && 'urgency' in e.data.changed));

  const w1 = ok(await desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '更换灯管', assigneeId: engUser.id }), 201);
  const w2 = ok(await desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '重复派单', paid: true }), 201);
  const [a, b] = [w1, w2].map((d) => d.workOrders as { id: string; number: string; status: string }[]);
  assert.equal(b!.length, 2);
  assert.equal(seqOf(b![1]!.number), seqOf(b![0]!.number) + 1);
  assert.match(b![0]!.number, /^WX-2026-\d{6}$/);
  assert.equal(w2.status, 'dispatched');
  assert.equal(a!.length, 1);
  const [wo1, wo2] = b!;
  ok(await desk.post(`/api/v1/work-orders/${wo2!.id}/void`, { reason: '重复开单' }));

  ok(await eng.post(`/api/v1/work-orders/${wo1!.id}/accept`));
  ok(await eng.post(`/api/v1/work-orders/${wo1!.id}/arrive`));
  assert.equal(ok(await desk.get(`/api/v1/cases/${c.id}`)).status, 'in_progress');
  const done = ok(await eng.post(`/api/v1/work-orders/${wo1!.id}/complete`, { workDone: '更换 T8 灯管 2 支', materials: [{ name: 'T8 灯管', qty: 2, unit: '支' }] }));
  assert.equal(done.status, 'completed');
  problem(await tenant.post(`/api/v1/work-orders/${wo1!.id}/sign`, { name: '王女士', method: 'paper' }), 400, 'validation_failed');
  const signed = ok(await tenant.post(`/api/v1/work-orders/${wo1!.id}/sign`, { name: '王女士', method: 'portal' }));
  assert.equal(signed.signatureMethod, 'portal');
  problem(await desk.post(`/api/v1/cases/${c.id}/close`, {}), 422, 'case_not_closable');
  ok(await desk.post(`/api/v1/work-orders/${wo1!.id}/return`));
  assert.equal(ok(await desk.get(`/api/v1/cases/${c.id}`)).status, 'resolved');

  ok(await desk.post(`/api/v1/cases/${c.id}/callbacks`, { satisfied: true, courtesyRating: 5, attitudeRating: 4, comment: '及时' }), 201);
  const closed = ok(await desk.post(`/api/v1/cases/${c.id}/close`, { note: '已修复' }));
  assert.equal(closed.status, 'closed');
  assert.equal(closed.closedBy, deskUser.id);
  assert.equal(closed.callbacks.length, 1);
  assert.deepEqual(closed.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k.startsWith('work_order_')),
    ['work_order_issued', 'work_order_issued', 'work_order_voided', 'work_order_accepted', 'work_order_on_site', 'work_order_completed', 'work_order_signed', 'work_order_returned']);

  const gap = ok(await desk.get(`/api/v1/work-orders/gap-report?propertyId=${fx.propertyId}&year=2026`));
  assert.equal(gap.complete, true);
  assert.deepEqual(gap.missing, []);
  assert.ok(gap.issued >= 2);
  assert.deepEqual(gap.voided.find((v: { number: string }) => v.number === wo2!.number)?.reason, '重复开单');

  const audits = await t.database.db.select({ type: auditEvents.entityType, action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.propertyId, fx.propertyId));
  for (const a of ['case.created', 'case.classified', 'case.closed', 'case.callback']) assert.ok(audits.some((r) => r.action === a), a);
  for (const a of ['work_order.issued', 'work_order.voided', 'work_order.signed', 'work_order.returned']) assert.ok(audits.some((r) => r.type === 'work_order' && r.action === a), a);

  const mine = ok(await eng.get(`/api/v1/work-orders?propertyId=${fx.propertyId}&assignee=me`));
  assert.ok(mine.data.some((w: { id: string }) => w.id === wo1!.id));
});

test('closing is refused with every reason; void needs a reason and keeps the number', async () => {
  const c = ok(await desk.post('/api/v1/cases', complaint({ severity: 'major' })), 201);
  const res = problem(await desk.post(`/api/v1/cases/${c.id}/close`, {}), 422, 'case_not_closable');
  assert.deepEqual((res.reasons as { code: string }[]).map((r) => r.code), ['proof_not_checked', 'approval_required']);
  ok(await desk.post('/api/v1/cases', complaint({ parentCaseId: c.id, content: '连带问题：风口漏水' })), 201);
  const res2 = problem(await supervisor.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true }), 422, 'case_not_closable');
  assert.deepEqual((res2.reasons as { code: string }[]).map((r) => r.code), ['linked_case_open']);

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
  assert.deepEqual((noWo.reasons as { code: string }[]).map((x) => x.code), ['no_work_order']);
  const gap = ok(await desk.get(`/api/v1/work-orders/gap-report?propertyId=${fx.propertyId}&year=2026`));
  assert.deepEqual(gap.missing, []);
  assert.ok(gap.voided.some((x: { number: string; reason: string }) => x.number === wo.number && x.reason === '客户取消'));
});

test('tenants see only their own cases: another tenant\'s case is 404', async () => {
  const mine = ok(await tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'complaint', content: '保洁不及时' }), 201);
  problem(await tenant2.get(`/api/v1/cases/${mine.id}`), 404, 'not_found');
  problem(await tenant2.post(`/api/v1/cases/${mine.id}/follow-ups`, { kind: 'note', note: 'x' }), 404, 'not_found');
  ok(await tenant.post(`/api/v1/cases/${mine.id}/follow-ups`, { kind: 'note', note: '下午 3 点后有人' }));
  problem(await tenant.post(`/api/v1/cases/${mine.id}/close`, {}), 403, 'forbidden');
  const staffCase = ok(await desk.post('/api/v1/cases', complaint()), 201);
  problem(await tenant.get(`/api/v1/cases/${staffCase.id}`), 404);
  const list = ok(await tenant.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data as { id: string }[];
  assert.ok(list.some((c) => c.id === mine.id));
  assert.ok(!list.some((c) => c.id === staffCase.id));
  assert.equal(ok(await tenant2.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data.length, 0);
  const staffList = ok(await desk.get(`/api/v1/cases?propertyId=${fx.propertyId}&kind=complaint&q=${encodeURIComponent('保洁')}`)).data as { id: string }[];
  assert.deepEqual(staffList.map((c) => c.id), [mine.id]);
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
  const closedEvents = await t.database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, 'closed')));
  assert.equal(closedEvents.length, 1);
});

test('extensions: unentitled → 403; apology first → 422; the project manager extends a general complaint', async () => {
  const c = ok(await desk.post('/api/v1/cases', complaint()), 201);
  const body = { resolveDueAt: '2026-10-20T17:00:00+08:00', reason: '等待配件' };
  problem(await desk.post(`/api/v1/cases/${c.id}/extend`, body), 403, 'forbidden');
  problem(await pm.post(`/api/v1/cases/${c.id}/extend`, body), 422, 'apology_required');
  ok(await desk.post(`/api/v1/cases/${c.id}/follow-ups`, { kind: 'apology', note: '代表工程部致歉' }));
  const e = ok(await pm.post(`/api/v1/cases/${c.id}/extend`, body));
  assert.equal(e.resolveDueAt, at('2026-10-20T17:00').toISOString());
  const imp = ok(await desk.post('/api/v1/cases', complaint({ severity: 'important', apologized: true })), 201);
  problem(await pm.post(`/api/v1/cases/${imp.id}/extend`, body), 403, 'forbidden');
});

test('pause and resume shift the resolve deadline by the paused working time', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await desk.post('/api/v1/cases', complaint()), 201);
  assert.equal(c.resolveDueAt, at('2026-10-12T09:00').toISOString());
  ok(await desk.post(`/api/v1/cases/${c.id}/dispatch`, { assigneeId: supUser.id }));
  assert.equal(ok(await desk.post(`/api/v1/cases/${c.id}/pause`, { reason: '客户出差' })).status, 'waiting_customer');
  problem(await desk.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true }), 422, 'case_not_closable');
  t.clock.set(at('2026-10-09T11:00'));
  const r = ok(await desk.post(`/api/v1/cases/${c.id}/resume`, {}));
  assert.equal(r.status, 'dispatched');
  assert.equal(r.pausedTotalMinutes, 120);
  assert.equal(r.resolveDueAt, at('2026-10-12T11:00').toISOString());
});

test('an emergency notifies the CS supervisor, project manager and general manager at once, by SMS and e-mail', async () => {
  const c = ok(await desk.post('/api/v1/cases', complaint({ kind: 'repair', emergency: true, content: '地下车库水管爆裂' })), 201);
  assert.equal(c.respondDueAt, c.createdAt);
  for (const s of [supUser, gm]) assert.equal(await notes(s.id, 'case.emergency', c.id), 1);
  const sent = await t.database.db.select({ channel: outbox.channel, recipient: outbox.recipient }).from(outbox).innerJoin(notifications, eq(notifications.id, outbox.notificationId))
    .where(and(eq(notifications.kind, 'case.emergency'), sql`${notifications.data}->>'caseId' = ${c.id}`));
  assert.deepEqual(sent.map((s) => `${s.channel}:${s.recipient}`).sort(), ['email:gm@example.com', 'email:sup@example.com', 'sms:13900000002', 'sms:13900000003']);
});

test('SLA scan: a major complaint escalates to the general manager at the breach, exactly once; follow-ups after dispatch', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await desk.post('/api/v1/cases', complaint({ severity: 'major', content: '会议期间停电' })), 201);
  assert.equal(c.respondDueAt, at('2026-10-09T17:30').toISOString());
  await runSlaScan(t.database.db, at('2026-10-09T15:00'));
  assert.equal(await notes(deskUser.id, 'case.respond_warning', c.id), 0);
  await runSlaScan(t.database.db, at('2026-10-09T16:00'));
  assert.equal(await notes(deskUser.id, 'case.respond_warning', c.id), 1);
  assert.equal(await notes(gm.id, 'case.escalated', c.id), 0);
  for (const when of ['2026-10-09T17:30', '2026-10-09T17:31', '2026-10-09T18:00']) await runSlaScan(t.database.db, at(when));
  await Promise.all([runSlaScan(t.database.db, at('2026-10-09T18:01')), runSlaScan(t.database.db, at('2026-10-09T18:01'))]);
  assert.equal(await notes(gm.id, 'case.escalated', c.id), 1);
  // the resolve breach comes later, but the case is at the GM's level already
  await runSlaScan(t.database.db, at('2026-10-12T09:00'));
  assert.equal(await notes(gm.id, 'case.escalated', c.id), 1);
  assert.equal(await notes(deskUser.id, 'case.resolve_breach', c.id), 1);
  const d = ok(await desk.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.escalationLevel, 3);
  assert.equal(d.timeline.filter((e: { kind: string }) => e.kind === 'escalated').length, 1);

  t.clock.set(at('2026-10-09T09:00'));
  const g = ok(await desk.post('/api/v1/cases', complaint({ content: '走廊灯常亮' })), 201);
  ok(await desk.post(`/api/v1/cases/${g.id}/dispatch`, { assigneeId: supUser.id }));
  await runSlaScan(t.database.db, at('2026-10-09T10:59'));
  assert.equal(await notes(deskUser.id, 'case.follow_up', g.id), 0);
  await runSlaScan(t.database.db, at('2026-10-09T11:00'));
  assert.equal(await notes(deskUser.id, 'case.follow_up', g.id), 1);
  assert.equal(await notes(supUser.id, 'case.escalated', g.id), 0);
  await runSlaScan(t.database.db, at('2026-10-09T17:30'));
  await runSlaScan(t.database.db, at('2026-10-09T17:31'));
  assert.equal(await notes(deskUser.id, 'case.follow_up_second', g.id), 1);
  assert.equal(await notes(supUser.id, 'case.escalated', g.id), 1);
});

test('bad input → problem+json with fields; a failure inside the transaction leaves nothing and no number is lost', async () => {
  const before = ok(await desk.post('/api/v1/cases', complaint()), 201);
  const bad = problem(await desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'bogus', content: '', natureType: 'venting' }), 400, 'validation_failed');
  assert.deepEqual(bad.fields!.map((f) => f.path).sort(), ['content', 'kind']);
  problem(await desk.post('/api/v1/cases', complaint({ nature: 'valid', natureType: 'venting' })), 400, 'validation_failed');
  problem(await desk.post(`/api/v1/cases/${before.id}/callbacks`, { satisfied: true, courtesyRating: 9, attitudeRating: 1 }), 400, 'validation_failed');
  const [{ n: casesBefore }] = await t.database.db.select({ n: count() }).from(cases).where(eq(cases.propertyId, fx.propertyId)) as [{ n: number }];
  const [{ n: auditBefore }] = await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.propertyId, fx.propertyId)) as [{ n: number }];
  problem(await desk.post('/api/v1/cases', complaint({ parentCaseId: '00000000-0000-4000-8000-000000000000' })), 422, 'invalid_reference');
  const [{ n: casesAfter }] = await t.database.db.select({ n: count() }).from(cases).where(eq(cases.propertyId, fx.propertyId)) as [{ n: number }];
  const [{ n: auditAfter }] = await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.propertyId, fx.propertyId)) as [{ n: number }];
  assert.equal(Number(casesAfter), Number(casesBefore));
  assert.equal(Number(auditAfter), Number(auditBefore));
  const next = ok(await desk.post('/api/v1/cases', complaint()), 201);
  assert.equal(seqOf(next.number), seqOf(before.number) + 1);
  problem(await desk.post(`/api/v1/cases/${before.id}/extend`, { resolveDueAt: 'tomorrow', reason: 'x' }), 400, 'validation_failed');
  problem(await desk.get(`/api/v1/cases?propertyId=${fx.propertyId}&overdue=maybe`), 400, 'validation_failed');
});

test('contact lookup, consultations and role checks', async () => {
  const found = ok(await desk.get(`/api/v1/cases/contact-lookup?propertyId=${fx.propertyId}&phone=13800000001`));
  assert.equal(found.users.length, 1);
  assert.equal(found.users[0].unitId, fx.unitId);
  problem(await tenant.get(`/api/v1/cases/contact-lookup?propertyId=${fx.propertyId}&phone=138`), 403);
  const q = ok(await desk.post('/api/v1/consultations', { propertyId: fx.propertyId, channel: 'phone', contactPhone: '13800000001', question: '周末空调开放吗？', answer: '需提前一天申请加班空调', topic: '空调' }), 201);
  assert.equal(q.createdBy, deskUser.id);
  const list = ok(await desk.get(`/api/v1/consultations?propertyId=${fx.propertyId}&q=${encodeURIComponent('空调')}`)).data;
  assert.ok(list.some((x: { id: string }) => x.id === q.id));
  problem(await tenant.post('/api/v1/consultations', { propertyId: fx.propertyId, question: 'a', answer: 'b' }), 403);
  const overdue = ok(await desk.get(`/api/v1/cases?propertyId=${fx.propertyId}&overdue=true&limit=200`)).data as { resolveDueAt: string; respondDueAt: string; respondedAt: string | null }[];
  const now = t.clock.now().getTime();
  assert.ok(overdue.every((c) => Date.parse(c.resolveDueAt) < now || (!c.respondedAt && Date.parse(c.respondDueAt) < now)));
});

test('the durable scan job reschedules itself once per minute slot; the routes are in the OpenAPI document', async () => {
  const { jobs } = await import('../../../db/schema/index.ts');
  const { scheduleNextScan, SLA_SCAN } = await import('../deadlines/deadlines.jobs.ts');
  // A minute slot no other run uses (unique keys are global on a shared database).
  t.clock.set(new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 5e8) * 60_000));
  const id = await scheduleNextScan(t.database.db, t.clock.now(), 0);
  assert.ok(id);
  assert.equal(await scheduleNextScan(t.database.db, t.clock.now(), 0), null, 'same slot, same job');
  assert.equal(await t.app.jobs.runDue(5, { ids: [id!] }), 1);
  const slot = Math.floor(t.clock.now().getTime() / 60_000) * 60_000;
  const keys = [slot, slot + 60_000].map((ms) => `${SLA_SCAN}:${new Date(ms).toISOString()}`);
  const rows = await t.database.db.select().from(jobs).where(inArray(jobs.uniqueKey, keys)).orderBy(jobs.runAt);
  assert.deepEqual(rows.map((r) => r.status), ['done', 'queued']);
  await t.database.db.delete(jobs).where(inArray(jobs.uniqueKey, keys));
  const doc = ok(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
  for (const p of ['/api/v1/cases', '/api/v1/cases/{id}/close', '/api/v1/work-orders/{id}/void', '/api/v1/work-orders/gap-report']) assert.ok(doc.paths[p], p);
});
