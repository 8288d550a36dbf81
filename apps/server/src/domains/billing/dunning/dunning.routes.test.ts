/** Dunning, collection rate, arrears and the month's reports: each job idempotent, each dunning step once, stopping when paid. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { twoProperties, makeOrganization, notificationCount } from '../../../test/builders.ts';
import { TestClock, ok, problem, signedIn, makeUser } from '../../../test/helpers.ts';
import { issuedMonth } from '../../../test/billing-months.ts';
import { fireDunning } from './dunning.jobs.ts';
import { computeCollection } from '../collection/collection.jobs.ts';
import { snapshotReports } from '../arrears/arrears.jobs.ts';

const clock = new TestClock(new Date('2026-12-08T02:00:00Z'));
const { t, fx, other } = await twoProperties({ clock });
after(() => t.close());
const db = t.app.database.db;
const org2 = await makeOrganization(db, fx.propertyId, '乙单位');
const PHONE = `139${String(Date.now() % 100_000_000).padStart(8, '0')}`;
const tenantUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], {
  organizationId: org2,
  phone: PHONE,
});
const rep = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant_rep'] }]);
const gm = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['general_manager'] }]);
const { byOrg } = await issuedMonth(db, fx.propertyId, '2026-10', [
  { organizationId: fx.organizationId, unitId: fx.unitId, amountFen: 100_000 },
  { organizationId: org2, amountFen: 50_000 },
]);
const paidOne = byOrg.get(fx.organizationId)!;
const late = byOrg.get(org2)!;
const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
const rows0 = async (q: string) => ((await db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
const count = async (q: string) => Number((await rows0(q))[0]!.n);
const firedSteps = () =>
  count(`select count(*)::int as n from billing_dunning_steps where property_id = '${fx.propertyId}' and fired_at is not null`);
const snapshots = () => count(`select count(*)::int as n from billing_collection_snapshots where property_id = '${fx.propertyId}'`);
const reports = () => count(`select count(*)::int as n from billing_report_snapshots where property_id = '${fx.propertyId}'`);
const rows = async (q: string) => ((await db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;

test('the collection rate: one snapshot per property, month and day; it moves with a payment', async () => {
  clock.set('2026-11-12T02:00:00Z');
  ok(await finance.post(`/api/v1/bills/${paidOne.id}/payments`, { amountFen: 100_000, method: 'transfer', payerName: '王丽' }), 201);
  await computeCollection(db, new Date('2026-11-12T04:00:00Z'));
  assert.equal(await snapshots(), 1);
  await computeCollection(db, new Date('2026-11-12T05:00:00Z'));
  assert.equal(await snapshots(), 1, 'the rerun refreshes the same row');
  clock.set('2026-11-13T02:00:00Z');
  ok(await finance.post(`/api/v1/bills/${late.id}/payments`, { amountFen: 10_000, method: 'cash', payerName: '孙伟' }), 201);
  await computeCollection(db, new Date('2026-11-13T04:00:00Z'));
  const n = await rows(`select count(*)::int as n from billing_collection_snapshots where property_id = '${fx.propertyId}'`);
  assert.equal(n[0]!.n, 2);
  const s = ok(await finance.get(`/api/v1/billing/collection?propertyId=${fx.propertyId}`));
  assert.equal(s.month, '2026-10');
  assert.equal(s.targetPercent, 95);
  assert.deepEqual(
    s.points.map((p: { day: string; ratePercent: number; householdRatePercent: number }) => [p.day, p.ratePercent, p.householdRatePercent]),
    [
      ['2026-11-12', 66.7, 50],
      ['2026-11-13', 73.3, 50],
    ],
  );
  const stranger = await signedIn(t.app, other.propertyId, ['finance_manager']);
  problem(await stranger.get(`/api/v1/billing/collection?propertyId=${fx.propertyId}`), 404);
});

test('each dunning step fires once on its day, only while unpaid; staff record the fired ones', async () => {
  await fireDunning(db, new Date('2026-11-15T02:00:00Z'));
  assert.equal(await firedSteps(), 0, 'nothing on the due day');
  await fireDunning(db, new Date('2026-11-16T02:00:00Z'));
  assert.equal(await firedSteps(), 1, 'the reminder of the unpaid one (due + 1)');
  await fireDunning(db, new Date('2026-11-16T03:00:00Z'));
  assert.equal(await firedSteps(), 1, 'once');
  assert.equal(await notificationCount(db, tenantUser.id, 'billing.dunning_reminder'), 1);
  const sms = await rows(
    `select o.recipient from outbox o join notifications n on n.id = o.notification_id where n.user_id = '${tenantUser.id}' and o.channel = 'sms'`,
  );
  assert.deepEqual(
    sms.map((r) => r.recipient),
    [PHONE],
    'and by SMS to the tenant user',
  );
  await fireDunning(db, new Date('2026-12-06T02:00:00Z'));
  assert.equal(await firedSteps(), 3, 'the letter (+10) and the visit (+20)');
  assert.equal(await notificationCount(db, rep.id, 'billing.dunning_visit'), 1);
  clock.set('2026-12-06T03:00:00Z');
  const repS = await signedIn(t.app, fx.propertyId, ['tenant_rep']);
  const list = ok(await repS.get(`/api/v1/billing/dunning?propertyId=${fx.propertyId}`)).data;
  assert.equal(list.length, 1);
  const visit = list[0].steps.find((s: { step: string }) => s.step === 'visit');
  const esc = list[0].steps.find((s: { step: string }) => s.step === 'escalation');
  ok(await repS.post(`/api/v1/billing/dunning-steps/${visit.id}/record`, { outcome: '已上门，承诺月底缴清' }));
  problem(await repS.post(`/api/v1/billing/dunning-steps/${visit.id}/record`, { outcome: '再次' }), 409, 'dunning_step_done');
  problem(await repS.post(`/api/v1/billing/dunning-steps/${esc.id}/record`, { outcome: 'x' }), 409, 'dunning_step_not_fired');
  const cleaner = await signedIn(t.app, fx.propertyId, ['cleaner']);
  problem(await cleaner.get(`/api/v1/billing/dunning?propertyId=${fx.propertyId}`), 403);
  // Paid in full: the escalation never fires.
  ok(await finance.post(`/api/v1/bills/${late.id}/payments`, { amountFen: 40_000, method: 'cash', payerName: '孙伟' }), 201);
  await fireDunning(db, new Date('2026-12-20T02:00:00Z'));
  assert.equal(await firedSteps(), 3, 'stops when paid');
  const fired = await rows(`select step from billing_dunning_steps where notice_id = '${late.id}' and fired_at is not null order by step`);
  assert.deepEqual(
    fired.map((r) => r.step),
    ['notice', 'reminder', 'visit'],
  );
});

test('arrears by age per company; the reports snapshot once on the last working day of the next month', async () => {
  clock.set('2026-12-08T02:00:00Z');
  const { byOrg: nov } = await issuedMonth(db, fx.propertyId, '2026-08', [{ organizationId: org2, amountFen: 30_000 }]);
  const a = ok(await finance.get(`/api/v1/billing/arrears?propertyId=${fx.propertyId}`));
  assert.equal(a.totalFen, 30_000);
  assert.equal(a.rows[0].buckets.d61_90, 30_000, '2026-09-15 → 2026-12-08 is 84 days');
  assert.equal(a.rows[0].notices[0].id, nov.get(org2)!.id);
  const r = ok(await finance.get(`/api/v1/billing/received?propertyId=${fx.propertyId}&month=2026-10`));
  assert.equal(r.paidFen, 150_000);
  assert.equal(r.outstandingFen, 0);
  const x = await finance.get(`/api/v1/billing/arrears/export?propertyId=${fx.propertyId}`);
  assert.equal(x.statusCode, 200);
  problem(await finance.get(`/api/v1/billing/received?propertyId=${fx.propertyId}&month=2026-13`), 400, 'validation_failed');
  // 2026-10's month after is November: its last working day is Monday 2026-11-30.
  await snapshotReports(db, new Date('2026-11-27T02:00:00Z'));
  assert.equal(await reports(), 2, 'only 2026-08 (its day, 2026-09-30, is past): received and arrears');
  await snapshotReports(db, new Date('2026-11-30T02:00:00Z'));
  assert.equal(await reports(), 4);
  await snapshotReports(db, new Date('2026-11-30T03:00:00Z'));
  assert.equal(await reports(), 4, 'once');
  assert.equal(await notificationCount(db, gm.id, 'billing.reports_ready'), 2, 'once per month');
  assert.equal(ok(await finance.get(`/api/v1/billing/received?propertyId=${fx.propertyId}&month=2026-10`)).snapshotOn, '2026-11-30');
});

test('the monthly review is signed by a manager only', async () => {
  const body = {
    propertyId: fx.propertyId,
    month: '2026-10',
    review: '回收良好',
    measures: [{ measure: '约见欠费单位', owner: '项目经理', due: '2026-12-20' }],
  };
  problem(await finance.put('/api/v1/billing/reviews', body), 403, 'review_signer_role');
  const gmS = await signedIn(t.app, fx.propertyId, ['general_manager']);
  const r = ok(await gmS.put('/api/v1/billing/reviews', body)).review;
  assert.equal(r.signedRole, 'general_manager');
  assert.equal(ok(await finance.get(`/api/v1/billing/reviews?propertyId=${fx.propertyId}&month=2026-10`)).review.measures.length, 1);
});
