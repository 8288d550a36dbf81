/**
 * Paid repairs on screen (S6, issue 14) in Chromium. The engineer quotes a paid work order from the price list on
 * a 390 px phone (a custom line needs a note); the tenant (陈静) sees the lines, the total and its 大写 in the
 * portal on a phone and accepts; the engineer completes it; the charge is posted once and waits for the month's
 * 工程费统计表 (the finance manager's API and the paid-repairs page show it); the desk issues the 缴费通知书 and
 * prints it; the month drawn up at the desk carries it on its 工程费统计表, once. Plus the SHOTS=dir screenshot walk (desk 1280 and phone 390).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

/** The tenant's repair with a paid work order the engineer has taken and reached (set up through the API). */
async function paidWorkOrder(content: string) {
  const tenant = await signedInApi(e, 'tenant');
  const pid = tenant.propertyId;
  const c = await tenant.post('/cases', { propertyId: pid, kind: 'repair', content, location: '办公室洗手间' });
  assert.equal(c.status, 201, JSON.stringify(c.body));
  const disp = await signedInApi(e, 'dispatcher');
  const eng = await signedInApi(e, 'engineer');
  const d = await disp.post(`/cases/${c.body.id}/work-orders`, { content: '更换水龙头', paid: true, assigneeId: eng.me.id });
  assert.equal(d.status, 201, JSON.stringify(d.body));
  const wo = d.body.workOrders.at(-1) as { id: string; number: string };
  assert.equal((await eng.post(`/work-orders/${wo.id}/accept`)).status, 200);
  assert.equal((await eng.post(`/work-orders/${wo.id}/arrive`)).status, 200);
  for (const a of [tenant, disp, eng]) await a.close();
  return { pid, caseId: c.body.id as string, caseNumber: c.body.number as string, wo };
}

test('engineer quotes on a phone, the tenant consents in the portal, completion posts one charge waiting for the 工程费统计表', async () => {
  const tag = String(Date.now() % 100000);
  const { pid, caseId, caseNumber, wo } = await paidWorkOrder(`洗手间水龙头关不紧 ${tag}`);

  // 1. The engineer quotes on the phone from the price list, plus a custom line that needs a note.
  const eng = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, eng, 'engineer');
  await eng.goto(`${e.base}/my/work-orders`);
  const card = eng.locator(`[data-testid="my-wo"][data-number="${wo.number}"]`);
  await card.getByTestId('charge-card').waitFor();
  await card.getByTestId('charge-quote').click();
  const pickItem = async (name: string) => {
    await eng.getByTestId('quote-pick').click();
    await eng.keyboard.type(name);
    await eng.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
  };
  await pickItem('人工费 维修');
  await pickItem('更换水龙头');
  await eng.getByTestId('quote-add-free').click();
  await eng.getByTestId('quote-free-name').fill('密封生料带');
  await eng.getByTestId('quote-free-price').fill('5');
  await eng.getByTestId('quote-submit').click();
  await eng.getByTestId('quote-error').getByText('自定义项目须填写说明').waitFor();
  await eng.getByTestId('quote-free-note').fill('现场补充');
  assert.equal(await overflowsSideways(eng), false);
  await eng.getByTestId('quote-submit').click();
  await eng.locator('.ant-message').getByText('报价已提交').waitFor();
  await card.locator('[data-testid="charge-card"][data-status="quoted"]').waitFor();
  // 50 + 45 + 5 = 100 元
  await card.getByTestId('charge-total').getByText('¥100.00').waitFor();
  assert.equal(await overflowsSideways(eng), false);

  // 2. The tenant consents in the portal on a phone: lines, total and 大写.
  const tenant = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, tenant, 'tenant');
  await tenant.goto(`${e.base}/portal`);
  await tenant.locator(`[data-testid="portal-case"][data-number="${caseNumber}"]`).click();
  const tc = tenant.locator('[data-testid="charge-card"][data-status="quoted"]');
  await tc.waitFor();
  assert.match((await tc.getByTestId('charge-words').textContent()) ?? '', /壹佰元整/);
  assert.equal(await tc.locator('.rc-line').count(), 3);
  assert.equal(await overflowsSideways(tenant), false);
  await tc.getByTestId('charge-accept').click();
  await tenant
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await tenant.locator('.ant-message').getByText('已同意报价').waitFor();
  await tenant.locator('[data-testid="charge-card"][data-status="consented"]').waitFor();

  // 3. The engineer completes it on the phone.
  await eng.reload();
  await card.locator('[data-testid="charge-card"][data-status="consented"]').waitFor();
  await card.getByTestId('my-complete').click();
  await eng.getByTestId('my-workdone').fill('更换水龙头一个，试水正常');
  await eng.getByTestId('my-complete-ok').click();
  await eng.getByText('已完工，等待客户签字').waitFor();

  // 4. Exactly one charge waits for the month's 工程费统计表 (the finance manager's view of billing).
  const fin = await signedInApi(e, 'finance_manager');
  const waiting = (await fin.get(`/billing/charges?propertyId=${pid}`)).data as {
    sourceKind: string;
    sourceId: string;
    amountFen: number;
    sheet: string;
    billingMonth: string | null;
  }[];
  const mine = waiting.filter((c) => c.sourceKind === 'repair' && c.sourceId === wo.id);
  assert.equal(mine.length, 1);
  assert.equal(mine[0]!.amountFen, 10000);
  assert.equal(mine[0]!.sheet, 'engineering');
  assert.equal(mine[0]!.billingMonth, null);
  // Completing again is refused and posts nothing more.
  const engApi = await signedInApi(e, 'engineer');
  assert.equal((await engApi.post(`/work-orders/${wo.id}/complete`, { workDone: '再次' })).status, 422);
  const again = (await fin.get(`/billing/charges?propertyId=${pid}`)).data as { sourceId: string }[];
  assert.equal(again.filter((c) => c.sourceId === wo.id).length, 1);

  // 5. The desk sees it on the case and on the paid-repairs page; issues and prints the 缴费通知书.
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_supervisor');
  await desk.goto(`${e.base}/reports/paid-repairs`);
  await desk.getByTestId('paid-waiting').getByText(wo.number).waitFor();
  await desk.goto(`${e.base}/cases/${caseId}`);
  const dc = desk.locator('[data-testid="charge-card"][data-status="consented"]');
  await dc.getByTestId('charge-billing').getByText('待计入本月工程费统计表').waitFor();
  await dc.getByTestId('charge-notice').click();
  await desk.locator('[data-testid="charge-card"][data-status="noticed"]').waitFor();
  await desk.goto(`${e.base}/work-orders/${wo.id}/payment-notice/print`);
  await desk.getByTestId('notice-number').waitFor();
  assert.match((await desk.getByTestId('notice-number').textContent()) ?? '', /^JF-\d{4}-\d{6}$/);
  assert.match((await desk.getByTestId('notice-words').textContent()) ?? '', /壹佰元整/);

  // 6. The month is drawn up at the desk: the repair is a line of its 工程费统计表 and waits no longer. (The current
  // month, unless its draw day has passed and it is drawn already — then the charge belongs to the next one.)
  const local = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
  const drawn = ((await fin.get(`/billing/months?propertyId=${pid}`)).data as { month: string }[]).map((m) => m.month);
  const month = drawn.includes(local(new Date())) ? local(new Date(Date.now() + 32 * 86_400_000)) : local(new Date());
  const clerk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, clerk, 'cs_assistant');
  await clerk.goto(`${e.base}/billing/months?month=${month}`);
  await clerk.getByTestId('draw-month').click();
  await clerk.getByTestId('month-state').getByText('待签字').waitFor();
  await clerk.getByTestId('tab-engineering').click();
  await clerk.getByTestId('sheet-engineering').getByText(`派工单 ${wo.number}`).waitFor();
  const drawnMonth = await fin.get(`/billing/months/by-month?propertyId=${pid}&month=${month}`);
  const line = (drawnMonth.lines as { sheet: string; description: string; amountFen: number }[]).filter(
    (l) => l.sheet === 'engineering' && l.description.startsWith(`派工单 ${wo.number}`),
  );
  assert.deepEqual(
    line.map((l) => l.amountFen),
    [10000],
    'on the 工程费统计表 once',
  );
  const still = (await fin.get(`/billing/charges?propertyId=${pid}`)).data as { sourceId: string }[];
  assert.equal(still.filter((c) => c.sourceId === wo.id).length, 0, 'no longer waiting for a month');
  await clerk.context().close();
  for (const a of [fin, engApi]) await a.close();
  for (const p of [eng, tenant, desk]) await p.context().close();
});

test('SHOTS: paid repairs on the desk (1280) and the phone (390)', { skip: !process.env.SHOTS }, async () => {
  const { caseId, caseNumber, wo } = await paidWorkOrder('会议室插座烧坏（截图）');
  const engApi = await signedInApi(e, 'engineer');
  const items = (await engApi.get(`/repair-price-items?propertyId=${engApi.propertyId}&active=true`)).data as {
    id: string;
    name: string;
  }[];
  const id = (n: string) => items.find((i) => i.name === n)!.id;
  await engApi.post(`/work-orders/${wo.id}/quote`, {
    items: [
      { priceItemId: id('人工费 维修'), qty: 1 },
      { priceItemId: id('五孔插座'), qty: 2 },
    ],
  });
  await engApi.close();

  const eng = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, eng, 'engineer');
  await eng.goto(`${e.base}/my/work-orders`);
  const card = eng.locator(`[data-testid="my-wo"][data-number="${wo.number}"]`);
  await card.getByTestId('charge-card').waitFor();
  await card.scrollIntoViewIfNeeded();
  await shot(eng, 'paid-repair-engineer-phone-zh');
  await card.getByTestId('charge-quote').click();
  await eng.getByTestId('quote-line').first().waitFor();
  await shot(eng, 'paid-repair-quote-drawer-phone-zh');

  const tenant = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, tenant, 'tenant');
  await tenant.goto(`${e.base}/portal`);
  await tenant.locator(`[data-testid="portal-case"][data-number="${caseNumber}"]`).click();
  await tenant.locator('[data-testid="charge-card"][data-status="quoted"]').waitFor();
  await shot(tenant, 'paid-repair-portal-phone-zh');

  for (const lang of ['zh-CN', 'en-US'] as const) {
    const desk = await newPage(e, lang, 'desk');
    await loginAs(e, desk, 'cs_supervisor');
    await desk.goto(`${e.base}/cases/${caseId}`);
    await desk.getByTestId('charge-card').waitFor();
    await shot(desk, `paid-repair-case-desk-${lang}`);
    await desk.goto(`${e.base}/cases/price-list`);
    await desk.getByTestId('price-table').locator('tbody tr.ant-table-row').nth(3).waitFor();
    await shot(desk, `paid-repair-price-list-desk-${lang}`);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(
      new Date(Date.now() - 30 * 86_400_000),
    );
    await desk.goto(`${e.base}/reports/paid-repairs?month=${month}`);
    await desk.getByTestId('paid-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(desk, `paid-repair-month-desk-${lang}`);
    await desk.context().close();
  }
  // The 缴费通知书 once consented and issued: A4 on the desk, and on a phone.
  const t = await signedInApi(e, 'tenant');
  assert.equal((await t.post(`/work-orders/${wo.id}/consent`, { name: '陈静', method: 'portal' })).status, 200);
  const a = await signedInApi(e, 'cs_assistant');
  assert.equal((await a.post(`/work-orders/${wo.id}/payment-notice`)).status, 201);
  for (const x of [t, a]) await x.close();
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_supervisor');
  await desk.goto(`${e.base}/work-orders/${wo.id}/payment-notice/print`);
  await desk.getByTestId('notice-number').waitFor();
  await shot(desk, 'paid-repair-notice-desk-zh');
  await tenant.goto(`${e.base}/work-orders/${wo.id}/payment-notice/print`);
  await tenant.getByTestId('notice-number').waitFor();
  assert.equal(await overflowsSideways(tenant), false);
  await shot(tenant, 'paid-repair-notice-phone-zh');
  for (const p of [eng, tenant, desk]) await p.context().close();
});
