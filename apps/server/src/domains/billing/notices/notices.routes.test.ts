/** Notices: one per company when the month is signed, numbered, due next month; tenants see their own only; delivery recorded once and reminded. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { twoProperties, makeOrganization, notificationCount } from '../../../test/builders.ts';
import { TestClock, ok, problem, signedIn, makeUser } from '../../../test/helpers.ts';
import { issuedMonth } from '../../../test/billing-months.ts';
import { systemCtx } from '../../../lib/context.ts';
import { issueNotices } from '../index.ts';
import { remindDelivery } from './notices.jobs.ts';

const clock = new TestClock(new Date('2026-11-28T02:00:00Z'));
const { t, fx, other } = await twoProperties({ clock });
after(() => t.close());
const db = t.app.database.db;
const org2 = await makeOrganization(db, fx.propertyId, '乙单位');
const tenantUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { organizationId: fx.organizationId });
const { monthId, byOrg } = await issuedMonth(db, fx.propertyId, '2026-11', [
  { organizationId: fx.organizationId, unitId: fx.unitId, amountFen: 120_000, description: '物业管理费 0301' },
  { organizationId: fx.organizationId, unitId: fx.unitId, sheet: 'water', description: '水费', amountFen: 3_450 },
  { organizationId: org2, amountFen: 80_000 },
  { organizationId: org2, sheet: 'phone', description: '电话费', amountFen: 0 },
]);
const n1 = byOrg.get(fx.organizationId)!;

test('one notice per company: the sum of its lines, numbered JF-YYYYMM-NNN, due and delivered by the next month; idempotent', async () => {
  assert.equal(byOrg.size, 2);
  assert.equal(n1.amountFen, 123_450);
  assert.equal(n1.dueOn, '2026-12-15');
  assert.equal(n1.deliverBy, '2026-12-05');
  assert.deepEqual([...byOrg.values()].map((n) => n.number).sort(), ['JF-202611-001', 'JF-202611-002']);
  await db.transaction((tx) => issueNotices(tx, systemCtx(tx, clock.now()), monthId));
  const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
  const list = ok(await finance.get(`/api/v1/bills?propertyId=${fx.propertyId}&month=2026-11`)).data;
  assert.equal(list.length, 2, 'a second call issues nothing more');
  const d = ok(await finance.get(`/api/v1/bills/${n1.id}`));
  assert.equal(d.amountInWords, '壹仟贰佰叁拾肆元伍角整');
  assert.deepEqual(
    d.sheets.map((s: { sheet: string; subtotalFen: number }) => [s.sheet, s.subtotalFen]),
    [
      ['management', 120_000],
      ['water', 3_450],
    ],
  );
  assert.equal(d.dunning.length, 4);
  assert.equal(await notificationCount(db, tenantUser.id, 'billing.notice_issued'), 1, 'the tenant users are told (outbox)');
});

test('a tenant sees their own notices; another company’s is 404; another property 404', async () => {
  const tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId });
  const mine = ok(await tenant.get(`/api/v1/bills/mine?propertyId=${fx.propertyId}`)).data;
  assert.deepEqual(
    mine.map((n: { id: string }) => n.id),
    [n1.id],
  );
  ok(await tenant.get(`/api/v1/bills/${n1.id}`));
  problem(await tenant.get(`/api/v1/bills/${byOrg.get(org2)!.id}`), 404);
  problem(await tenant.get(`/api/v1/bills?propertyId=${fx.propertyId}`), 403);
  problem(await tenant.post(`/api/v1/bills/${n1.id}/payments`, { amountFen: 100, method: 'cash', payerName: 'x' }), 403);
  const stranger = await signedIn(t.app, other.propertyId, ['finance_manager']);
  problem(await stranger.get(`/api/v1/bills/${n1.id}`), 404);
  problem(await stranger.get(`/api/v1/bills?propertyId=${fx.propertyId}`), 404);
});

const reminded = async () => {
  const r = (await db.execute(
    `select count(*)::int as n from billing_notices where property_id = '${fx.propertyId}' and delivery_reminded_at is not null`,
  )) as unknown as { rows: { n: number }[] };
  return Number(r.rows[0]!.n);
};

test('the delivery job reminds the desk once on the notice day; staff record delivery once', async () => {
  const supervisor = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_supervisor'] }]);
  await remindDelivery(db, new Date('2026-12-03T02:00:00Z'));
  assert.equal(await reminded(), 0, 'not before the notice day');
  const assistant = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  ok(await assistant.post(`/api/v1/bills/${n1.id}/delivered`));
  problem(await assistant.post(`/api/v1/bills/${n1.id}/delivered`), 409, 'notice_delivered_already');
  await remindDelivery(db, new Date('2026-12-05T02:00:00Z'));
  assert.equal(await reminded(), 1, 'the undelivered one');
  await remindDelivery(db, new Date('2026-12-05T03:00:00Z'));
  assert.equal(await notificationCount(db, supervisor.id, 'billing.notice_undelivered'), 1);
});
