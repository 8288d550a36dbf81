/**
 * Settings end to end (SPEC intro: every number of the seeds is a per-property setting): the
 * administrator opens 参数设置, changes the general complaint's response target, saves, sees it saved
 * after a reload (with the default still shown), is told on the field when a value is refused (no
 * extension approver), and resets it to its default.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

test('an admin changes settings on the page, sees them saved, an invalid value marked on its field, and resets one', async () => {
  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'admin');
  await page.goto(`${e.base}/admin/settings`);
  const row = page.getByTestId('setting-row-caseSla.complaint.general.respond');
  await row.waitFor();
  assert.match(await row.innerText(), /默认：10 分钟/);
  for (const g of ['会务预订', '会议服务', '报修投诉', '总台', '报表', '归档']) await page.getByText(g, { exact: true }).first().waitFor();

  await page.getByTestId('setting-caseSla.complaint.general.respond').fill('15');
  await page.getByTestId('settings-save').click();
  await page.getByText('已保存').first().waitFor();

  await page.reload();
  await row.waitFor();
  assert.equal(await page.getByTestId('setting-caseSla.complaint.general.respond').inputValue(), '15');
  assert.match(await row.innerText(), /已调整/);
  assert.match(await row.innerText(), /默认：10 分钟/);

  // No approver at all is refused by the server: its 400 lands on the setting's own row.
  const approvers = page.getByTestId('setting-row-caseSla.extensionApprovers.general');
  while ((await approvers.locator('.ant-select-selection-item-remove').count()) > 0)
    await approvers.locator('.ant-select-selection-item-remove').first().click();
  await page.getByTestId('settings-save').click();
  await page.getByTestId('setting-error-caseSla.extensionApprovers.general').waitFor();
  await page.getByRole('button', { name: '放弃修改' }).click();

  await page.getByTestId('setting-reset-caseSla.complaint.general.respond').click();
  await page.getByTestId('settings-save').click();
  await page.getByText('已保存').first().waitFor();
  await page.reload();
  await row.waitFor();
  assert.equal(await page.getByTestId('setting-caseSla.complaint.general.respond').inputValue(), '10');
  assert.doesNotMatch(await row.innerText(), /已调整/);
  await page.context().close();
});
