/**
 * Events transport (M13) in Chromium: the transport leader 孙国强 (security) opens the coming demo conference's
 * transport tab, has pick-ups suggested from the guests' arrivals (one pick-up's guests were taken off it first, so
 * there are guests waiting), reviews and creates them, then opens a vehicle's dispatch sheet (派车单) and the phone
 * page of the day's transfers at 390 px.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the transport leader suggests and creates pick-ups on the coming conference and opens a dispatch sheet', async () => {
  const api = await signedInApi(e, 'security');
  let ev: { id: string; name: string } | undefined;
  for (const p of api.me.properties as { id: string }[]) {
    const list = (await api.get(`/events?propertyId=${p.id}`)).data as { id: string; name: string }[] | undefined;
    ev ??= list?.find((x) => x.name.includes('全市重大项目建设推进会'));
  }
  assert.ok(ev, 'the coming demo conference');
  const before = await api.get(`/events/${ev.id}/transport`);
  assert.ok(before.vehicles.length >= 4, 'the demo vehicles');
  const pickup = before.transfers.find((t: { kind: string; passengers: unknown[] }) => t.kind === 'pickup' && t.passengers.length);
  assert.ok(pickup, 'a demo pick-up');
  const waiting = pickup.passengers.length;
  assert.equal((await api.patch(`/events/${ev.id}/transfers/${pickup.id}`, { guestIds: [] })).status, 200);

  const page = await newPage(e, 'zh-CN');
  await loginAs(e, page, 'security');
  await page.goto(`${e.base}/events/${ev.id}?tab=transport`);
  await page.getByTestId('suggest-pickups').click();
  await page.getByTestId('suggest-table').waitFor();
  await page.getByTestId('suggest-create').click();
  await page
    .locator('.ant-message')
    .getByText(/已创建/)
    .waitFor();
  const after = await api.get(`/events/${ev.id}/transport`);
  const riders = (xs: { kind: string; passengers: unknown[] }[]) =>
    xs.filter((t) => t.kind === 'pickup').reduce((n, t) => n + t.passengers.length, 0);
  assert.ok(riders(after.transfers) >= riders(before.transfers), `the ${waiting} waiting guests are on a pick-up again`);

  const plate = before.vehicles[0].plate as string;
  await page.getByTestId(`sheet-${plate}`).click();
  const sheet = page.getByTestId('dispatch-sheet');
  await sheet.waitFor();
  assert.match((await sheet.textContent()) ?? '', new RegExp(`派车单[\\s\\S]*${plate}`));

  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'security');
  await phone.goto(`${e.base}/events/${ev.id}/transport/today`);
  await phone.getByTestId('today-transfer').first().waitFor();
  assert.ok(await phone.locator('a[href^="tel:"]').count(), 'call links');
  assert.equal(await overflowsSideways(phone), false);
});
