import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents } from '../../../db/schema/index.ts';
import { generateDue, runSupervisionTick } from './supervision.jobs.ts';
import { at, sheetNames } from '../../../test/builders.ts';
import { casesWorld, DESK_ADMIN, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'sup' | 'pm' | 'desk' | 'eng' | 'tenant' | 'dispatcher'>;

before(async () => {
  w = await casesWorld({
    sup: ['cs_supervisor'],
    pm: ['project_manager'],
    desk: DESK_ADMIN,
    eng: ['engineer'],
    tenant: UNIT_TENANT,
    dispatcher: ['dispatcher'],
  });
});
after(async () => w.t.close());

test('daily review: lists for supervisor and dispatcher, one sign-off per day (409 after), audited; reminder job notifies once', async () => {
  const { t, fx, s, ids, q, corridorComplaint, notes } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const a = ok(await s.desk.post('/api/v1/cases', corridorComplaint()), 201);
  const b = ok(await s.desk.post('/api/v1/cases', corridorComplaint({ content: '前台态度冷淡', category: 'attitude' })), 201);
  ok(await s.desk.post(`/api/v1/cases/${b.id}/close`, { proofChecked: true }));
  t.clock.set(at('2026-10-09T17:00'));
  const day = ok(await s.dispatcher.get(`/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`));
  assert.ok(day.new.some((c: { id: string }) => c.id === a.id));
  assert.ok(day.closed.some((c: { id: string }) => c.id === b.id));
  assert.ok(
    day.overdue.some((c: { id: string }) => c.id === a.id),
    'general complaint not responded within 10 minutes',
  );
  assert.equal(day.signoff, null);
  for (const who of [s.tenant, s.eng]) problem(await who.get(`/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`), 403);
  problem(await s.dispatcher.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 403);
  problem(await s.sup.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-10' }), 400, 'validation_failed');

  const dailyReviewDue = () =>
    generateDue(t.database.db, fx.propertyId, { kind: 'daily_review', period: '2026-10-09', roles: ['cs_supervisor'] }, t.clock.now());
  assert.equal(await dailyReviewDue(), true);
  assert.equal(await dailyReviewDue(), false, 'once a period');
  assert.equal(await notes(ids.sup, 'case_report.daily_review'), 1);
  const tick = await runSupervisionTick(t.database.db, t.clock.now(), [fx.propertyId]);
  assert.ok(tick.sent >= 2, "last week's summary and last month's PM review");
  assert.equal((await runSupervisionTick(t.database.db, t.clock.now(), [fx.propertyId])).sent, 0);
  assert.equal(await notes(ids.pm, 'case_report.monthly_review'), 1);
  assert.equal(await notes(ids.sup, 'case_report.daily_review'), 1);

  const signed = ok(await s.sup.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09', note: '已检查' }));
  assert.equal(signed.signoff.signedBy, ids.sup);
  problem(await s.sup.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 409, 'already_signed');
  const audits = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'case_report.daily_review.signed'), eq(auditEvents.propertyId, fx.propertyId)));
  assert.equal(audits.length, 1);
  const x = await s.sup.get(`/api/v1/supervision/daily?${q({ date: '2026-10-09', format: 'xlsx' })}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['汇总', '新立项', '已销项', '超时', '升级']);
  problem(await s.sup.get(`/api/v1/supervision/daily?${q({ date: '2026-02-30' })}`), 400, 'validation_failed');
});

test('weekly summary, PM monthly review (late after the 5th), complaint statistics with analysis', async () => {
  const { t, fx, s, q, corridorComplaint } = w;
  t.clock.set(at('2026-09-15T10:00'));
  const valid = ok(
    await s.desk.post(
      '/api/v1/cases',
      corridorComplaint({ nature: 'valid', category: 'equipment', severity: 'important', channel: 'visit' }),
    ),
    201,
  );
  ok(await s.desk.post('/api/v1/cases', corridorComplaint({ nature: 'communicative', natureType: 'inquiry', category: 'quality' })), 201);
  const stuck = ok(await s.desk.post('/api/v1/cases', corridorComplaint({ content: '等待业主回复' })), 201);
  ok(await s.desk.post(`/api/v1/cases/${stuck.id}/pause`, { reason: '业主出差' }));
  t.clock.set(at('2026-10-09T10:00'));

  const wk = ok(await s.sup.get(`/api/v1/reports/cases-weekly?${q({ week: '2026-W38' })}`));
  assert.equal(wk.from, '2026-09-14');
  assert.ok(wk.cases.some((c: { id: string }) => c.id === valid.id));
  assert.ok(wk.cannotProceed.some((c: { id: string }) => c.id === stuck.id));
  problem(await s.sup.get(`/api/v1/reports/cases-weekly?${q({ week: '2026-W60' })}`), 400, 'validation_failed');

  const m = ok(await s.pm.get(`/api/v1/supervision/monthly?${q({ month: '2026-09' })}`));
  assert.equal(m.late, true);
  assert.equal(m.counts.complaints >= 3, true);
  problem(await s.sup.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-09' }), 403);
  problem(await s.pm.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-11' }), 400, 'validation_failed');
  const signed = ok(await s.pm.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-09', note: '加强跟进' }));
  assert.equal(signed.late, true);
  assert.equal(signed.signoff.late, true);
  problem(await s.pm.post('/api/v1/supervision/monthly', { propertyId: fx.propertyId, month: '2026-09' }), 409, 'already_signed');
  problem(await s.dispatcher.get(`/api/v1/supervision/monthly?${q({ month: '2026-09' })}`), 403);

  const st = ok(await s.sup.get(`/api/v1/reports/complaints-monthly?${q({ month: '2026-09' })}`));
  assert.equal(st.total, 3);
  assert.deepEqual(st.byNature, { valid: 1, communicative: 1, unclassified: 1 });
  assert.equal(st.byNatureType.inquiry, 1);
  assert.equal(st.bySeverity.important, 1);
  assert.equal(st.byChannel.visit, 1);
  assert.equal(st.handling.open, 3);
  ok(
    await s.sup.post('/api/v1/reports/complaints-monthly/analysis', {
      propertyId: fx.propertyId,
      month: '2026-09',
      analysis: '设备类投诉集中在照明，已安排巡检。',
    }),
  );
  assert.match(ok(await s.pm.get(`/api/v1/reports/complaints-monthly?${q({ month: '2026-09' })}`)).analysis, /照明/);
  problem(
    await s.dispatcher.post('/api/v1/reports/complaints-monthly/analysis', { propertyId: fx.propertyId, month: '2026-09', analysis: 'x' }),
    403,
  );
  const x = await s.pm.get(`/api/v1/reports/complaints-monthly?${q({ month: '2026-09', format: 'xlsx' })}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['客户投诉月统计表']);
});
