/**
 * Fees after the month is signed (T4) in Chromium. A signed month is built for the tenant's company (市财政局,
 * 陈静) and one more; its notices are issued as the last signature does. The tenant sees the notice on a 390 px
 * phone with its capital amount; the finance manager takes a partial payment and the receipt number shows; the
 * daily collection rate moves; the arrears table lists the rest; the dunning job fires the steps, shown on the
 * dunning page.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, ne } from 'drizzle-orm';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';
import { organizations, properties, users } from '../apps/server/src/db/schema/index.ts';
import { issuedMonth } from '../apps/server/src/test/billing-months.ts';
import { computeCollection } from '../apps/server/src/domains/billing/collection/collection.jobs.ts';
import { fireDunning } from '../apps/server/src/domains/billing/dunning/dunning.jobs.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

/** A month fourteen months back: before the demo's months, its notice day and due day long past. */
const monthBack = () => {
  const d = new Date(Date.now() + 8 * 3600_000);
  const t = d.getUTCFullYear() * 12 + d.getUTCMonth() - 14;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};

test('the tenant sees the notice on a phone; a partial payment gets a receipt; the rate moves; arrears and dunning follow', async () => {
  const db = e.app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, 'XZZX'));
  const [tenant] = await db.select().from(users).where(eq(users.username, 'tenant'));
  assert.ok(prop && tenant?.organizationId, 'the demo tenant belongs to a company');
  const [other] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.propertyId, prop.id), ne(organizations.id, tenant.organizationId)))
    .limit(1);
  const month = monthBack();
  const { byOrg } = await issuedMonth(
    db,
    prop.id,
    month,
    [
      {
        organizationId: tenant.organizationId,
        sheet: 'management',
        description: '物业管理费（办公面积 320㎡ × 3.80 元）',
        amountFen: 121_600,
      },
      { organizationId: tenant.organizationId, sheet: 'water', description: '用户水费', amountFen: 8_650 },
      { organizationId: other!.id, sheet: 'management', description: '物业管理费', amountFen: 95_000 },
    ],
    new Date(),
  );
  const mine = byOrg.get(tenant.organizationId)!;
  assert.equal(mine.amountFen, 130_250);

  // The tenant on a phone: the notice with its lines, total and capital amount; no sideways scrolling.
  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'tenant');
  await phone.goto(`${e.base}/portal/bills`);
  const card = phone.getByTestId('portal-bill').filter({ hasText: mine.number });
  await card.waitFor();
  assert.match(await card.getByTestId('portal-bill-words').innerText(), /壹仟叁佰零贰元伍角整/);
  assert.equal(await overflowsSideways(phone), false);
  await card.getByText('费用明细').click();
  await card.getByTestId('notice-lines').getByText('用户水费').waitFor();
  assert.equal(await overflowsSideways(phone), false);

  // The collection rate before any payment.
  await computeCollection(db, new Date());
  const finance = await signedInApi(e, 'finance_manager');
  const before = (await finance.get(`/billing/collection?propertyId=${prop.id}&month=${month}`)) as { points: { ratePercent: number }[] };
  assert.equal(before.points.at(-1)!.ratePercent, 0);

  // The finance manager takes a partial payment on the desk: the receipt number shows.
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'finance_manager');
  await desk.goto(`${e.base}/billing/notices/${mine.id}`);
  await desk.getByTestId('notice-pay').click();
  await desk.getByTestId('pay-amount').fill('1000');
  await desk.getByTestId('pay-payer').fill('陈静');
  await desk.getByRole('button', { name: '收款并开具收据' }).click();
  const toast = desk.locator('.ant-message').getByText(/已收款，收据号 SJ-\d{4}-\d{6}/);
  await toast.waitFor();
  const number = (await toast.innerText()).match(/SJ-\d{4}-\d{6}/)![0];
  await desk.getByTestId('receipt-number').filter({ hasText: number }).waitFor();
  assert.match(await desk.getByTestId('notice-outstanding').innerText(), /302\.50/);
  await desk.getByTestId('notice-state').getByText('部分缴费').waitFor();

  // The tenant's phone shows the receipt and what is left.
  await phone.reload();
  await card.waitFor();
  assert.match(await card.getByTestId('portal-bill-outstanding').innerText(), /302\.50/);

  // The rate moves (100000 of 225250 fen).
  await computeCollection(db, new Date());
  await desk.goto(`${e.base}/billing/collection?month=${month}`);
  await desk
    .getByTestId('collection-latest')
    .getByText(/收费率 44\.4%/)
    .waitFor();
  await desk.getByTestId('collection-chart').locator('canvas').first().waitFor();

  // The arrears table lists the rest: both companies, 90+ days.
  await desk.goto(`${e.base}/billing/arrears?month=${month}`);
  const rows = desk.getByTestId('arrears-row');
  await rows.filter({ hasText: other!.name }).waitFor();
  const row = rows.filter({ hasText: mine.number });
  assert.match(await row.innerText(), /302\.50/);

  // The dunning job fires each step due once; the dunning page shows them, the visit is recorded.
  await fireDunning(db, new Date()); // (the running job may have fired some already)
  assert.equal(await fireDunning(db, new Date()), 0, 'each step once');
  const fired = (await db.execute(
    `select count(*)::int as n from billing_dunning_steps where notice_id in ('${mine.id}', '${byOrg.get(other!.id)!.id}') and fired_at is not null`,
  )) as unknown as { rows: { n: number }[] };
  assert.equal(Number(fired.rows[0]!.n), 8, 'four steps of each of the two overdue notices');
  const rep = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, rep, 'tenant_rep');
  await rep.goto(`${e.base}/billing/dunning`);
  const drow = rep.getByTestId('dunning-table').locator('tr').filter({ hasText: mine.number });
  await drow.getByTestId('step-reminder').getByText('已发出').waitFor();
  await drow.getByTestId('record-visit').click();
  await rep.getByTestId('dunning-outcome').fill('已上门走访，财务科承诺本周内缴清余款');
  await rep.getByRole('button', { name: /确\s*定|OK/ }).click();
  await drow.getByTestId('step-visit').getByText('已登记').waitFor();
  assert.equal(await overflowsSideways(rep), false);
  for (const p of [phone, desk, rep]) await p.close();
});

test('screenshots of the billing payment pages (SHOTS=1)', { skip: !process.env.SHOTS }, async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir('/tmp/shots-billing-pay', { recursive: true });
  const api = await signedInApi(e, 'finance_manager');
  const list = (await api.get(`/bills?propertyId=${api.propertyId}`)).data as { id: string; receipts?: unknown }[];
  const n = list[0]!;
  const detail = (await api.get(`/bills/${n.id}`)) as { receipts: { id: string }[] };
  for (const lang of ['zh-CN', 'en-US'] as const)
    for (const device of ['desk', 'phone'] as const) {
      const page = await newPage(e, lang, device);
      await loginAs(e, page, 'finance_manager');
      const shots: [string, string][] = [
        ['notices', '/billing/notices'],
        ['notice', `/billing/notices/${n.id}`],
        ['notice-print', `/billing/notices/${n.id}/print`],
        ['arrears', '/billing/arrears'],
        ['received', '/billing/arrears?tab=received'],
        ['collection', '/billing/collection'],
        ...(detail.receipts[0] ? ([['receipt', `/billing/receipts/${detail.receipts[0].id}/print`]] as [string, string][]) : []),
      ];
      for (const [name, url] of shots) {
        await page.goto(`${e.base}${url}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(400);
        await page.screenshot({ path: `/tmp/shots-billing-pay/${name}-${device}-${lang}.png`, fullPage: true });
      }
      await page.close();
      const mgr = await newPage(e, lang, device);
      await loginAs(e, mgr, 'cs_supervisor');
      await mgr.goto(`${e.base}/billing/dunning`);
      await mgr.waitForLoadState('networkidle');
      await mgr.screenshot({ path: `/tmp/shots-billing-pay/dunning-${device}-${lang}.png`, fullPage: true });
      await mgr.close();
      const tenant = await newPage(e, lang, device);
      await loginAs(e, tenant, 'tenant');
      await tenant.goto(`${e.base}/portal/bills`);
      await tenant.waitForLoadState('networkidle');
      await tenant.screenshot({ path: `/tmp/shots-billing-pay/portal-${device}-${lang}.png`, fullPage: true });
      await tenant.close();
    }
});
