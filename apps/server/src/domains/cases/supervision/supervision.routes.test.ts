import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, makeProperty, makeUser, login, problem, ok, TestClock, type TestApp, type Fixture, type Session, type TestUser } from '../../../test/helpers.ts';
import { auditEvents, cases, notifications } from '../../../db/schema/index.ts';
import { generateDue, runSupervisionTick } from './supervision.jobs.ts';
import { KB_DEMO_ENTRIES } from '../knowledge-base/knowledge-base.demo.ts';

const at = (local: string) => new Date(`${local}+08:00`);
let t: TestApp;
let fx: Fixture;
let other: Fixture;
let desk: Session, eng: Session, tenant: Session, tenant2: Session, sup: Session, pm: Session, admin: Session, dispatcher: Session;
let supUser: TestUser, pmUser: TestUser;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  other = await makeProperty(t.app, '另一项目');
  const p = fx.propertyId;
  supUser = await makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }]);
  pmUser = await makeUser(t.app, [{ propertyId: p, roles: ['project_manager'] }, { propertyId: other.propertyId, roles: ['project_manager'] }]);
  const users = await Promise.all([
    makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'affairs_admin'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }], { unitId: fx.unitId, organizationId: fx.organizationId }),
    makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['admin'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['dispatcher'] }]),
  ]);
  [desk, eng, tenant, tenant2, admin, dispatcher, sup, pm] = await Promise.all([...users, supUser, pmUser].map((u) => login(t.app, u)));
});
after(async () => t.close());

const q = (o: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...o }).toString();
const complaint = (over: Record<string, unknown> = {}) => ({ propertyId: fx.propertyId, kind: 'complaint', channel: 'hotline', contactName: '李先生', content: '走廊照明不足', ...over });
const notes = async (userId: string, kind: string) => {
  const [r] = await t.database.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), sql`${notifications.propertyId} = ${fx.propertyId}`));
  return Number(r!.n);
};
const sheetNames = async (body: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
};

test('paid repair: quote → tenant consents on the portal → numbered payment notice → paid → monthly billing list (+ .xlsx, audited)', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '室内水龙头更换', location: '0301' }), 201);
  const free = ok(await desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '检查' }), 201).workOrders[0];
  problem(await desk.post(`/api/v1/work-orders/${free.id}/quote`, { items: [{ name: '人工', qty: 1, unitPriceFen: 5000 }] }), 422, 'work_order_not_paid');
  const wo = ok(await desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '更换水龙头', paid: true }), 201).workOrders[1];
  problem(await desk.post(`/api/v1/work-orders/${wo.id}/quote`, { items: [] }), 400, 'validation_failed');
  problem(await tenant.post(`/api/v1/work-orders/${wo.id}/quote`, { items: [{ name: '人工', qty: 1, unitPriceFen: 5000 }] }), 403, 'forbidden');
  problem(await desk.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 422, 'charge_state');
  const quoted = ok(await desk.post(`/api/v1/work-orders/${wo.id}/quote`, { items: [{ name: '水龙头', qty: 1, unitPriceFen: 8800 }, { name: '人工', qty: 1.5, unitPriceFen: 4000 }] }));
  assert.equal(quoted.amountFen, 14800);
  assert.equal(quoted.amountYuan, '148.00');
  problem(await tenant2.post(`/api/v1/work-orders/${wo.id}/consent`, { name: 'x', method: 'portal' }), 404);
  problem(await tenant.post(`/api/v1/work-orders/${wo.id}/consent`, { name: '王女士', method: 'recorded' }), 400, 'validation_failed');
  const consented = ok(await tenant.post(`/api/v1/work-orders/${wo.id}/consent`, { name: '王女士', method: 'portal' }));
  assert.equal(consented.status, 'consented');
  problem(await tenant.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 403);
  const notice = ok(await desk.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 201);
  assert.match(notice.number, /^JF-2026-\d{6}$/);
  assert.equal(notice.title, '缴费通知书');
  assert.equal(notice.amountFen, 14800);
  assert.equal(ok(await tenant.get(`/api/v1/work-orders/${wo.id}/payment-notice`)).number, notice.number);
  problem(await desk.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 422, 'charge_state');
  const paid = ok(await desk.post(`/api/v1/work-orders/${wo.id}/paid`, { receiptNo: 'SJ-0001' }));
  assert.equal(paid.status, 'paid');

  const list = ok(await desk.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-10' })}`));
  const row = list.rows.find((r: { noticeNumber: string }) => r.noticeNumber === notice.number);
  assert.equal(row.workOrderNumber, wo.number);
  assert.equal(row.receiptNo, 'SJ-0001');
  assert.equal(list.paidFen, 14800);
  assert.equal(ok(await desk.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-09' })}`)).rows.length, 0);
  problem(await tenant.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-10' })}`), 403);
  problem(await desk.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-13' })}`), 400, 'validation_failed');
  const x = await pm.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-10', format: 'xlsx' })}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.deepEqual(await sheetNames(x.rawPayload), ['有偿维修收费']);
  const exp = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'case_report.exported'), eq(auditEvents.propertyId, fx.propertyId)));
  assert.ok(exp.length >= 1);
  const d = ok(await desk.get(`/api/v1/cases/${c.id}`));
  assert.deepEqual(d.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k.startsWith('charge_')), ['charge_quoted', 'charge_consented', 'charge_noticed', 'charge_paid']);
});

test('daily review: lists for supervisor and dispatcher, one sign-off per day (409 after), audited; reminder job notifies once', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const a = ok(await desk.post('/api/v1/cases', complaint()), 201);
  const b = ok(await desk.post('/api/v1/cases', complaint({ content: '前台态度冷淡', category: 'attitude' })), 201);
  ok(await desk.post(`/api/v1/cases/${b.id}/close`, { proofChecked: true }));
  t.clock.set(at('2026-10-09T17:00'));
  const day = ok(await dispatcher.get(`/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`));
  assert.ok(day.new.some((c: { id: string }) => c.id === a.id));
  assert.ok(day.closed.some((c: { id: string }) => c.id === b.id));
  assert.ok(day.overdue.some((c: { id: string }) => c.id === a.id), 'general complaint not responded within 10 minutes');
  assert.equal(day.signoff, null);
  for (const s of [tenant, eng]) problem(await s.get(`/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`), 403);
  problem(await dispatcher.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 403);
  problem(await sup.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-10' }), 400, 'validation_failed');

  assert.equal(await generateDue(t.database.db, fx.propertyId, { kind: 'daily_review', period: '2026-10-09', roles: ['cs_supervisor'] }, t.clock.now()), true);
  assert.equal(await generateDue(t.database.db, fx.propertyId, { kind: 'daily_review', period: '2026-10-09', roles: ['cs_supervisor'] }, t.clock.now()), false);
  assert.equal(await notes(supUser.id, 'case_report.daily_review'), 1);
  const tick = await runSupervisionTick(t.database.db, t.clock.now(), [fx.propertyId]);
  assert.ok(tick.sent >= 2, 'last week\'s summary and last month\'s PM review');
  assert.equal((await runSupervisionTick(t.database.db, t.clock.now(), [fx.propertyId])).sent, 0);
  assert.equal(await notes(pmUser.id, 'case_report.monthly_review'), 1);
  assert.equal(await notes(supUser.id, 'case_report.daily_review'), 1);

  const signed = ok(await sup.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09', note: '已检查' }));
  assert.equal(signed.signoff.signedBy, supUser.id);
  problem(await sup.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 409, 'already_signed');
  const audits = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'case_report.daily_review.signed'), eq(auditEvents.propertyId, fx.propertyId)));
  assert.equal(audits.length, 1);
  const x = await sup.get(`/api/v1/supervision/daily?${q({ date: '2026-10-09', format: 'xlsx' })}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['汇总', '新立项', '已销项', '超时', '升级']);
  problem(await sup.get(`/api/v1/supervision/daily?${q({ date: '2026-02-30' })}`), 400, 'validation_failed');
});

test('weekly summary, PM monthly review (late after the 5th), complaint statistics with analysis', async () => {
  t.clock.set(at('2026-09-15T10:00'));
  const valid = ok(await desk.post('/api/v1/cases', complaint({ nature: 'valid', category: 'equipment', severity: 'important', channel: 'visit' })), 201);
  ok(await desk.post('/api/v1/cases', complaint({ nature: 'communicative', natureType: 'inquiry', category: 'quality' })), 201);
  const stuck = ok(await desk.post('/api/v1/cases', complaint({ content: '等待业主回复' })), 201);
  ok(await desk.post(`/api/v1/cases/${stuck.id}/pause`, { reason: '业主出差' }));
  t.clock.set(at('2026-10-09T10:00'));

  const wk = ok(await sup.get(`/api/v1/reports/cases-weekly?${q({ week: '2026-W38' })}`));
  assert.equal(wk.from, '2026-09-14');
  assert.ok(wk.cases.some((c: { id: string }) => c.id === valid.id));
  assert.ok(wk.cannotProceed.some((c: { id: string }) => c.id === stuck.id));
  problem(await sup.get(`/api/v1/reports/cases-weekly?${q({ week: '2026-W60' })}`), 400, 'validation_failed');

  const m = ok(await pm.get(`/api/v1/supervision/monthly?${q({ month: '2026-09' })}`));
  assert.equal(m.late, true);
  assert.equal(m.counts.complaints >= 3, true);
  problem(await sup.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-09' }), 403);
  problem(await pm.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-11' }), 400, 'validation_failed');
  const signed = ok(await pm.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-09', note: '加强跟进' }));
  assert.equal(signed.late, true);
  assert.equal(signed.signoff.late, true);
  problem(await pm.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-09' }), 409, 'already_signed');
  problem(await dispatcher.get(`/api/v1/supervision/monthly?${q({ month: '2026-09' })}`), 403);

  const st = ok(await sup.get(`/api/v1/reports/complaints-monthly?${q({ month: '2026-09' })}`));
  assert.equal(st.total, 3);
  assert.deepEqual(st.byNature, { valid: 1, communicative: 1, unclassified: 1 });
  assert.equal(st.byNatureType.inquiry, 1);
  assert.equal(st.bySeverity.important, 1);
  assert.equal(st.byChannel.visit, 1);
  assert.equal(st.handling.open, 3);
  ok(await sup.post('/api/v1/reports/complaints-monthly/analysis', { propertyId: fx.propertyId, month: '2026-09', analysis: '设备类投诉集中在照明，已安排巡检。' }));
  assert.match(ok(await pm.get(`/api/v1/reports/complaints-monthly?${q({ month: '2026-09' })}`)).analysis, /照明/);
  problem(await dispatcher.post('/api/v1/reports/complaints-monthly/analysis', { propertyId: fx.propertyId, month: '2026-09', analysis: 'x' }), 403);
  const x = await pm.get(`/api/v1/reports/complaints-monthly?${q({ month: '2026-09', format: 'xlsx' })}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['客户投诉月统计表']);
});

test('measures: complaint rate with the 5% line and corrective action; three equalities with drill-down; SLA attainment', async () => {
  const rate = ok(await pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q3' })}`));
  assert.equal(rate.households, 2);
  const sep = rate.months.find((m: { month: string }) => m.month === '2026-09');
  assert.equal(sep.validComplaints, 1);
  assert.equal(sep.rate, 0.5);
  assert.equal(sep.overTarget, true);
  assert.equal(rate.correctiveActionRequired, true);
  ok(await pm.post('/api/v1/reports/complaint-rate/corrective-action', { propertyId: fx.propertyId, quarter: '2026Q3', note: '加强设备巡检' }));
  assert.equal(ok(await pm.get(`/api/v1/reports/complaint-rate?${q({ quarter: '2026Q3' })}`)).correctiveActionRequired, false);
  problem(await pm.post('/api/v1/reports/complaint-rate/corrective-action', { propertyId: other.propertyId, quarter: '2026Q3', note: 'x' }), 422, 'complaint_rate_not_exceeded');
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
  assert.deepEqual(eq3.mismatches.notDispatched.map((x: { caseNumber: string }) => x.caseNumber), [logged.number]);
  assert.deepEqual(eq3.mismatches.dispatchedWithoutWorkOrder.map((x: { caseNumber: string }) => x.caseNumber), [r3.number]);
  assert.deepEqual(eq3.mismatches.notReturned.map((x: { workOrderNumber: string }) => x.workOrderNumber), [wos[0].number]);
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

test('knowledge base: staff CRUD and search while taking a call, links to cases and consultations, public FAQ for tenants', async () => {
  const created = [];
  for (const e of KB_DEMO_ENTRIES) created.push(ok(await desk.post('/api/v1/kb', { propertyId: fx.propertyId, ...e }), 201));
  assert.ok(KB_DEMO_ENTRIES.length >= 12);
  problem(await eng.post('/api/v1/kb', { propertyId: fx.propertyId, ...KB_DEMO_ENTRIES[0] }), 403);
  problem(await tenant.post('/api/v1/kb', { propertyId: fx.propertyId, ...KB_DEMO_ENTRIES[0] }), 403);
  problem(await desk.post('/api/v1/kb', { propertyId: fx.propertyId, category: '', question: 'x' }), 400, 'validation_failed');

  const hits = ok(await eng.get(`/api/v1/kb/search?${q({ q: '温度' })}`)).data;
  assert.equal(hits[0].question, '办公区空调温度标准是多少？');
  const phrases = ok(await desk.get(`/api/v1/kb/search?${q({ courtesy: 'true' })}`)).data;
  assert.ok(phrases.some((p: { answer: string }) => p.answer === '您好，物业服务中心，请问有什么可以帮您？'));
  assert.ok(phrases.every((p: { courtesy: boolean }) => p.courtesy));
  problem(await tenant.get(`/api/v1/kb/search?${q({ q: '空调' })}`), 403);

  const faq = ok(await tenant.get(`/api/v1/kb/faq?${q({})}`)).data;
  assert.equal(faq.length, KB_DEMO_ENTRIES.filter((e) => e.public && !e.courtesy).length);
  assert.ok(!faq.some((e: { question: string }) => e.question.startsWith('内部口径')));
  assert.equal(faq[0].version, undefined);

  const entry = created.find((e) => e.category === '投诉' && e.public);
  const c = ok(await desk.post('/api/v1/cases', complaint({ content: '想知道投诉处理时限' })), 201);
  const links = ok(await desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: entry.id }), 201).data;
  assert.equal(links[0].id, entry.id);
  ok(await desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: entry.id }), 201);
  problem(await desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: '00000000-0000-4000-8000-000000000000' }), 400, 'validation_failed');
  const cons = ok(await desk.post('/api/v1/consultations', { propertyId: fx.propertyId, question: '投诉多久处理？', answer: entry.answer }), 201);
  ok(await desk.post(`/api/v1/consultations/${cons.id}/kb-links`, { entryId: entry.id }), 201);
  const full = ok(await desk.get(`/api/v1/kb/${entry.id}`));
  assert.deepEqual(full.usedBy.cases.map((x: { number: string }) => x.number), [c.number]);
  assert.equal(full.usedBy.consultations.length, 1);
  assert.equal(ok(await desk.get(`/api/v1/kb/search?${q({ q: '投诉多久' })}`)).data[0].uses, 1);

  const upd = ok(await sup.patch(`/api/v1/kb/${entry.id}`, { answer: `${entry.answer}（2026 年修订）`, version: entry.version }));
  assert.equal(upd.version, entry.version + 1);
  assert.equal(upd.updatedBy, supUser.id);
  problem(await desk.patch(`/api/v1/kb/${entry.id}`, { answer: 'x', version: entry.version }), 409, 'conflict');
  ok(await desk.post(`/api/v1/kb/${entry.id}/archive`, { version: upd.version }));
  assert.ok(!ok(await desk.get(`/api/v1/kb/search?${q({ q: '投诉多久' })}`)).data.some((e: { id: string }) => e.id === entry.id));
  problem(await tenant.get(`/api/v1/kb/${entry.id}`), 404);
});

test('retention (repairs ≥ 1 year → 422), archive run (admin), archived cases still searchable; no hard deletes', async () => {
  problem(await admin.put('/api/v1/cases/settings/retention', { propertyId: fx.propertyId, repairYears: 0, complaintYears: null }), 422, 'retention_too_short');
  problem(await sup.put('/api/v1/cases/settings/retention', { propertyId: fx.propertyId, repairYears: 2, complaintYears: null }), 403);
  const r = ok(await admin.put('/api/v1/cases/settings/retention', { propertyId: fx.propertyId, repairYears: 2, complaintYears: null }));
  assert.deepEqual([r.repairYears, r.complaintYears], [2, null]);

  t.clock.set(at('2026-10-09T09:00'));
  const rep = ok(await desk.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '旧报修：更换灯泡', unitId: fx.unitId, contactName: '赵工' }), 201);
  const comp = ok(await desk.post('/api/v1/cases', complaint({ content: '旧投诉：噪音' })), 201);
  ok(await desk.post(`/api/v1/cases/${comp.id}/close`, { proofChecked: true }));
  // close the repair through its work order, then age both closures by three years
  const wo = ok(await desk.post(`/api/v1/cases/${rep.id}/work-orders`, { content: '更换灯泡' }), 201).workOrders[0];
  ok(await eng.post(`/api/v1/work-orders/${wo.id}/accept`));
  ok(await eng.post(`/api/v1/work-orders/${wo.id}/complete`, { workDone: '已更换' }));
  ok(await desk.post(`/api/v1/work-orders/${wo.id}/sign`, { name: '赵工', method: 'paper' }));
  ok(await desk.post(`/api/v1/work-orders/${wo.id}/return`));
  ok(await desk.post(`/api/v1/cases/${rep.id}/close`, {}));
  await t.database.db.update(cases).set({ closedAt: at('2023-09-01T10:00') }).where(sql`${cases.id} in (${rep.id}, ${comp.id})`);

  problem(await sup.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }), 403);
  const run = ok(await admin.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }));
  assert.ok(run.total >= 1);
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, rep.id));
  assert.ok(row!.archivedAt);
  const [crow] = await t.database.db.select().from(cases).where(eq(cases.id, comp.id));
  assert.equal(crow!.archivedAt, null, 'complaints are kept long-term (null = forever)');

  const base = `/api/v1/cases/search?${q({ number: rep.number })}`;
  assert.equal(ok(await desk.get(base)).data.length, 0);
  const found = ok(await desk.get(`${base}&includeArchived=true`)).data;
  assert.equal(found[0].id, rep.id);
  assert.equal(found[0].archived, true);
  assert.equal(found[0].unitCode, '0301');
  const byUnit = ok(await desk.get(`/api/v1/cases/search?${q({ unit: '0301', person: '赵', text: '灯泡', includeArchived: 'true' })}`)).data;
  assert.deepEqual(byUnit.map((x: { id: string }) => x.id), [rep.id]);
  problem(await desk.get(`/api/v1/cases/search?${q({ includeArchived: 'maybe' })}`), 400, 'validation_failed');
  assert.equal(ok(await tenant2.get(`/api/v1/cases/search?${q({ includeArchived: 'true' })}`)).data.length, 0);

  const routes = t.app.printRoutes({ commonPrefix: false });
  assert.ok(!/cases[^\n]*\(DELETE\)|kb[^\n]*\(DELETE\)|work-orders[^\n]*\(DELETE\)/.test(routes), 'no DELETE routes in the service desk');
});

test('tenant portal: own cases, rating once after resolution; everything else 403/404', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'complaint', content: '电梯异响' }), 201);
  problem(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 422, 'rating_not_due');
  ok(await desk.post(`/api/v1/cases/${c.id}/resolve`, { note: '已调整' }));
  problem(await tenant2.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 404);
  problem(await desk.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 403);
  problem(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 9 }), 400, 'validation_failed');
  const r = ok(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: false, rating: 2, comment: '仍有异响' }), 201);
  assert.equal(r.source, 'tenant');
  problem(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 409, 'already_rated');
  assert.ok((await notes(supUser.id, 'case.tenant_dissatisfied')) >= 1);
  const d = ok(await tenant.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.callbacks[0].source, 'tenant');
  assert.ok(ok(await tenant.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data.some((x: { id: string }) => x.id === c.id));
  for (const url of [`/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`, `/api/v1/reports/complaints-monthly?${q({ month: '2026-10' })}`, `/api/v1/kb/search?${q({})}`, `/api/v1/work-orders?propertyId=${fx.propertyId}`]) {
    problem(await tenant.get(url), 403);
  }
  problem(await tenant.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 403);
  problem(await tenant.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }), 403);
  const doc = ok(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
  for (const p of ['/api/v1/supervision/daily', '/api/v1/reports/three-equalities', '/api/v1/kb/faq', '/api/v1/work-orders/{id}/payment-notice', '/api/v1/cases/search']) assert.ok(doc.paths[p], p);
});
