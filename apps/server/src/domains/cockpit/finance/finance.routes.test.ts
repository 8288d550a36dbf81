/** The finance family of the cockpit: months waiting for the finance manager's signature, overdue notices with their money, the collection rate; a tenant's own unpaid bills. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { twoProperties, makeOrganization } from '../../../test/builders.ts';
import { TestClock, ok, signedIn } from '../../../test/helpers.ts';
import { issuedMonth } from '../../../test/billing-months.ts';
import { billingMonths, billingMonthSignatures, users } from '../../../db/schema/index.ts';

const clock = new TestClock(new Date('2026-12-20T02:00:00Z'));
const { t, fx } = await twoProperties({ clock });
after(() => t.close());
const db = t.app.database.db;
const org2 = await makeOrganization(db, fx.propertyId);
// November: notices due 2026-12-15 — past due on the 20th; fx's company pays part.
const { byOrg } = await issuedMonth(db, fx.propertyId, '2026-11', [
  { organizationId: fx.organizationId, unitId: fx.unitId, amountFen: 100_000 },
  { organizationId: org2, amountFen: 50_000 },
]);
const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
ok(
  await finance.post(`/api/v1/bills/${byOrg.get(fx.organizationId)!.id}/payments`, {
    amountFen: 30_000,
    method: 'cash',
    payerName: '王丽',
  }),
  201,
);
// December: drawn, signed by the CS manager and the general manager — waiting for the finance manager.
const [dec] = await db
  .insert(billingMonths)
  .values({ propertyId: fx.propertyId, month: '2026-12', state: 'signing', throughDay: '2026-12-25', drawnAt: new Date() })
  .returning();
const [someone] = await db.select({ id: users.id }).from(users).limit(1);
await db.insert(billingMonthSignatures).values(
  (['cs_manager', 'general_manager'] as const).map((step) => ({
    monthId: dec!.id,
    step,
    version: 1,
    signerId: someone!.id,
    signerName: '签字人',
    signedAt: new Date(),
  })),
);

const tileOf = (c: { tiles: { id: string; count: number; amountFen: number | null; path: string }[] }, id: string) =>
  c.tiles.find((x) => x.id === id);

test('the finance manager sees the month to sign, the overdue notices and their money, the collection rate', async () => {
  const c = ok(await finance.get(`/api/v1/cockpit?propertyId=${fx.propertyId}`));
  assert.deepEqual(c.families, ['finance']);
  assert.equal(tileOf(c, 'billing_months_to_sign')?.count, 1);
  assert.equal(tileOf(c, 'billing_months_to_sign')?.path, '/billing/months');
  assert.equal(tileOf(c, 'billing_overdue')?.count, 2);
  assert.equal(tileOf(c, 'billing_overdue')?.amountFen, 120_000);
  assert.equal(tileOf(c, 'billing_overdue')?.path, '/billing/arrears');
  assert.ok(!c.tiles.some((x: { family: string }) => x.family === 'manager'), 'no case or meeting figures for finance');
});

test("a tenant's cockpit counts only their own company's unpaid bills", async () => {
  const tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId });
  const c = ok(await tenant.get(`/api/v1/cockpit?propertyId=${fx.propertyId}`));
  const bills = tileOf(c, 'my_bills_unpaid');
  assert.equal(bills?.count, 1);
  assert.equal(bills?.amountFen, 70_000);
  assert.equal(bills?.path, '/portal/bills');
});
