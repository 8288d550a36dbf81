/**
 * Large events: the 会务物资清单 (M13) in Chromium. The secretariat's leader (cs_assistant 陈思琪) opens the coming
 * demo conference's materials tab, adds 胸牌 following the registered people plus 10 spare, sees the live match,
 * opens the A4 print (grouped by placement, with the new line) and the phone view (390 px, no sideways scroll).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the secretariat adds a line to the coming event’s materials list and opens the print and the phone view', async () => {
  const api = await signedInApi(e, 'cs_assistant');
  const events = (await api.get(`/events?propertyId=${api.propertyId}`)).data as { id: string; name: string; startsOn: string }[];
  const today = new Date().toISOString().slice(0, 10);
  const coming = events.find((x) => x.startsOn > today);
  assert.ok(coming, 'the coming demo event');
  const before = await api.get(`/events/${coming.id}/materials`);
  const people = before.figures.people as number;

  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'cs_assistant');
  await page.goto(`${e.base}/events/${coming.id}?tab=materials`);
  await page.getByTestId('material-figures').waitFor();
  await page.getByTestId('material-add').click();
  const name = `嘉宾胸牌（备用）${Date.now() % 10000}`;
  await page.locator('#event-material_name').fill(name);
  await page
    .locator('.ant-select')
    .filter({ has: page.locator('#event-material_basis') })
    .click();
  await page.locator('.ant-select-item-option').filter({ hasText: '按参会人数' }).click();
  await page.locator('#event-material_spare').fill('10');
  await page.locator('#event-material_placement').fill('主会场签到台');
  await page.getByTestId('material-save').click();
  const row = page.getByTestId('material-row').filter({ hasText: name });
  await row.waitFor();
  await row.getByText(`${people + 10} 个`).waitFor();
  await row.getByTestId('material-match').getByText(`参会 ${people} 人`).waitFor();
  const after = await api.get(`/events/${coming.id}/materials`);
  const line = after.data.find((l: { name: string }) => l.name === name);
  assert.equal(line.quantity, people + 10);

  await page.getByTestId('material-print').click();
  await page.getByTestId('materials-print-sheet').waitFor();
  await page.getByTestId('materials-print-row').filter({ hasText: name }).waitFor();
  assert.ok((await page.getByTestId('materials-print-row').count()) >= after.data.length);

  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'cs_assistant');
  await phone.goto(`${e.base}/events/${coming.id}/materials/phone`);
  await phone.getByTestId('materials-phone-line').filter({ hasText: name }).waitFor();
  assert.equal(await overflowsSideways(phone), false);
});
