/**
 * Service desk end to end (S1, S2, S5, S7, S8): a tenant reports a leak in the portal; the front desk
 * classifies it, issues the work order and opens the 3-copy print; the engineer completes it on the
 * phone page; the tenant signs in the portal by drawing; the front desk takes the signed copy back, records a
 * satisfied callback and closes the case.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, drawSignature, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

const ok = (page: Page) => page.getByTestId('action-ok').click();

test('a leak goes from the tenant portal to a closed case', async () => {
  // 1. The tenant reports the leak.
  const tenant = await newPage(e);
  await loginAs(e, tenant, 'tenant');
  await tenant.goto(`${e.base}/portal`);
  await tenant.getByTestId('portal-location').fill('主楼 5 层东侧卫生间');
  await tenant.getByTestId('portal-content').fill('卫生间洗手池下水管漏水，地面有积水');
  // The number is the one the server gave this report (the list may still show older cases first).
  const created = tenant.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/cases');
  await tenant.getByTestId('portal-submit').click();
  const caseNumber = ((await (await created).json()) as { number: string }).number;
  await tenant.locator(`[data-testid="portal-case"][data-number="${caseNumber}"]`).waitFor();
  assert.match(caseNumber, /^BX-\d{4}-\d{6}$/);
  await tenant.keyboard.press('Escape');

  // 2. The front desk finds it, classifies it and issues a work order.
  const desk = await newPage(e);
  // The case page asks only for what its reader may see: no request of it is refused or missing.
  const refused: string[] = [];
  desk.on('response', (r) => {
    if (r.url().includes('/api/') && [403, 404].includes(r.status())) refused.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/cases`);
  await desk.getByTestId('case-link').filter({ hasText: caseNumber }).click();
  await desk.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
  await desk.getByTestId('act-classify').click();
  await desk.getByTestId('classify-category').click();
  await desk.locator('.ant-select-item-option').filter({ hasText: '设备设施' }).click();
  await desk.getByTestId('classify-subcategory').click();
  await desk.locator('.ant-select-item-option').filter({ hasText: '给排水' }).click();
  await desk.getByTestId('action-note').fill('业户报修漏水，归入设备设施 · 给排水');
  await ok(desk);
  await desk.getByTestId('case-classification').getByText('设备设施 · 给排水').waitFor();
  assert.deepEqual(refused, []);

  await desk.getByTestId('act-issue').click();
  await desk.getByTestId('wo-content').fill('更换洗手池下水管及密封圈');
  await ok(desk);
  const woCell = desk.getByTestId('wo-table').getByText(/WX-\d{4}-\d{6}/);
  await woCell.waitFor();
  const woNumber = (await woCell.textContent())!.trim();

  // 3. The print page has the three copies.
  const href = (await desk.getByTestId('wo-print').first().getAttribute('href'))!;
  await desk.goto(`${e.base}${href}`);
  await desk.getByTestId('wo-print-number').first().filter({ hasText: woNumber }).waitFor();
  assert.equal(await desk.getByTestId('wo-sheet').count(), 3);
  for (const copy of ['客服中心存根', '工程部联', '客户联']) await desk.getByText(copy).waitFor();
  await desk.getByTestId('wo-print-button').waitFor();

  // 4. The engineer completes it on the phone.
  const eng = await newPage(e);
  await eng.setViewportSize({ width: 390, height: 844 });
  await loginAs(e, eng, 'engineer');
  await eng.goto(`${e.base}/my/work-orders`);
  const card = eng.locator(`[data-testid="my-wo"][data-number="${woNumber}"]`);
  await card.getByTestId('my-accept').click();
  await card.getByTestId('my-arrive').click();
  await card.getByTestId('my-complete').click();
  await eng.getByTestId('my-workdone').fill('更换下水管一根、密封圈两个，试水无渗漏');
  await eng.getByTestId('my-complete-ok').click();
  await eng.getByText('已完工，等待客户签字').waitFor();

  // 5. The tenant signs in the portal.
  await tenant.goto(`${e.base}/portal`);
  await tenant.locator(`[data-testid="portal-case"][data-number="${caseNumber}"]`).click();
  await tenant.getByTestId('portal-sign').click();
  await drawSignature(tenant);
  await tenant.getByText('已签字确认，感谢您的配合').waitFor();

  // 6. The front desk takes the signed copy back, calls back, and closes the case.
  await desk.goto(`${e.base}/cases`);
  await desk.getByTestId('case-link').filter({ hasText: caseNumber }).click();
  await desk.getByTestId('wo-return').click();
  await desk
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await desk.getByTestId('case-status').filter({ hasText: '已完成' }).waitFor();
  await desk.getByTestId('act-callback').click();
  await ok(desk);
  await desk.getByTestId('callback-table').getByText('满意', { exact: true }).waitFor();
  await desk.getByTestId('act-close').click();
  await desk.getByTestId('action-note').fill('客户签字回单，回访满意');
  await ok(desk);
  await desk.getByTestId('case-status').filter({ hasText: '已销项' }).waitFor();

  // The tenant sees it done.
  await tenant.goto(`${e.base}/portal`);
  await tenant.locator(`[data-testid="portal-case"][data-number="${caseNumber}"]`).getByText('已销项').waitFor();
  for (const p of [tenant, desk, eng]) await p.context().close();
});

test('closing too early shows the server\u2019s reasons', async () => {
  const desk = await newPage(e);
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/cases/new`);
  await desk.getByTestId('intake-content').fill('东楼 3 层走廊灯不亮');
  await desk.getByTestId('intake-submit').click();
  await desk.getByTestId('case-number').waitFor();
  await desk.getByTestId('act-close').click();
  await ok(desk);
  await desk.getByTestId('action-refusal').getByText('报修案件尚未派发工程维修派工单').waitFor();
  await desk.context().close();
});

test('an emergency stays pinned on the service desk, whatever the filters, until the CS supervisor signs it off', async () => {
  const desk = await newPage(e);
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/cases/new`);
  await desk.getByTestId('intake-location').fill('地下车库 B2 配电间');
  await desk.getByTestId('intake-content').fill('配电箱冒烟并有焦糊味');
  await desk.getByTestId('intake-emergency').click();
  await desk.getByTestId('intake-submit').click();
  await desk.getByTestId('emergency-pending').waitFor();
  const caseNumber = (await desk.getByTestId('case-number').textContent())!.trim();
  assert.equal(await desk.getByTestId('emergency-signoff').count(), 0, 'the front desk does not sign off');
  await desk.goto(`${e.base}/cases?status=closed`);
  await desk.getByTestId('pinned-emergencies').locator(`[data-testid="pinned-emergency"][data-number="${caseNumber}"]`).waitFor();

  const sup = await newPage(e);
  await loginAs(e, sup, 'cs_supervisor');
  await sup.goto(`${e.base}/cases`);
  await sup.locator(`[data-testid="pinned-emergency"][data-number="${caseNumber}"]`).getByRole('link').click();
  await sup.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
  await sup.getByTestId('emergency-signoff').click();
  await sup.getByTestId('emergency-signoff-note').fill('已到场处置，切断电源并更换配电箱，险情排除');
  await sup.getByTestId('emergency-signoff-submit').click();
  await sup.getByTestId('emergency-signed').getByText('已到场处置，切断电源并更换配电箱，险情排除').waitFor();
  assert.equal(await sup.getByTestId('emergency-signoff').count(), 0);
  await sup.goto(`${e.base}/cases`);
  await sup.getByTestId('case-link').filter({ hasText: caseNumber }).waitFor();
  assert.equal(await sup.locator(`[data-testid="pinned-emergency"][data-number="${caseNumber}"]`).count(), 0);
  for (const p of [desk, sup]) await p.context().close();
});
