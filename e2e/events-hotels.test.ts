/**
 * Hotels and rooming (M13) in Chromium: the 文秘信息组 leader 陈思琪 opens the coming conference's hotels tab (the
 * blocks as a grid, the release flag), auto-assigns the guests still to room, and opens the accommodation plan print
 * of the first hotel. With SHOTS=dir, the pages are photographed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the secretariat leader auto-assigns rooms on the coming conference and prints a hotel plan', async () => {
  const api = await signedInApi(e, 'cs_assistant');
  const list = (await api.get(`/events?propertyId=${api.propertyId}`)).data as { id: string; startsOn: string }[];
  const today = new Date().toISOString().slice(0, 10);
  const coming = list.filter((x) => x.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  assert.ok(coming, 'the demo has a coming conference');
  const before = await api.get(`/events/${coming.id}/rooming`);
  assert.ok(before.unroomed.length > 0, 'some guests still to room');

  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'cs_assistant');
  await page.goto(`${e.base}/events/${coming.id}?tab=hotels`);
  await page.getByText('五洲宾馆').first().waitFor();
  await page.getByTestId('release-flag').first().waitFor();
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/events-hotels.png`, fullPage: true });
  await page.getByRole('button', { name: '自动排房' }).click();
  await page
    .getByText(/已安排 \d+ 位宾客/)
    .filter({ visible: true })
    .first()
    .waitFor();
  const after = await api.get(`/events/${coming.id}/rooming`);
  assert.ok(after.rooms.length > before.rooms.length);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '打印入住计划' }).first().click();
  await page.getByTestId('plan-table').waitFor();
  await page.getByText('宾客入住计划').first().waitFor();
  const rows = await page.locator('[data-testid="plan-table"] tbody tr').count();
  assert.ok(rows > 0);
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/events-hotels-plan.png`, fullPage: true });
});
