/**
 * The programme of a large event (M13) in Chromium: the 常务副总 opens the coming demo conference, goes to the
 * programme tab, adds a group session in a free room of the conference building in the evening of the first day;
 * the venue is booked through the booking rules and the session shows its booking number and status.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the event lead adds a group session in a free room and sees it booked', async () => {
  const api = await signedInApi(e, 'event_lead');
  const list = (await api.get(`/events?propertyId=${api.propertyId}`)).data as { id: string; startsOn: string; status: string }[];
  const today = new Date().toISOString().slice(0, 10);
  const coming = list.filter((x) => x.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  assert.ok(coming, 'the demo has a coming event');
  const view = await api.get(`/events/${coming.id}/programme`);
  const room = (view.venues as { id: string; name: string }[]).find((v) => v.name === '西楼十楼会议室');
  assert.ok(room, 'the demo has 西楼十楼会议室');
  const title = `晚间碰头会${Date.now() % 10000}`;

  const page = await newPage(e, 'zh-CN');
  await loginAs(e, page, 'event_lead');
  await page.goto(`${e.base}/events/${coming.id}`);
  await page.getByTestId('event-tab-programme').click();
  await page.getByTestId('programme-add').click();
  await page.getByTestId('session-title-0').fill(title);
  await page.getByTestId('session-from-0').fill('20:00');
  await page.getByTestId('session-to-0').fill('21:00');
  await page.getByTestId('session-venue-0').click();
  await page.keyboard.type('西楼十楼');
  await page.keyboard.press('Enter');
  await page.getByTestId('session-count-0').fill('20');
  await page.getByTestId('programme-save').click();
  await page.locator('.ant-message').getByText('已添加').waitFor();
  const row = page.locator('tr', { hasText: title });
  await row.waitFor();
  await row.getByTestId('booking-status').waitFor();
  const after = await api.get(`/events/${coming.id}/programme`);
  const s = (after.sessions as { title: string; booking: { number: string; status: string } | null; venueName: string | null }[]).find(
    (x) => x.title === title,
  );
  assert.ok(s?.booking, 'the session booked its venue');
  assert.equal(s.venueName, '西楼十楼会议室');
  assert.ok(['requested', 'confirmed'].includes(s.booking.status));
  assert.match(await row.innerText(), new RegExp(s.booking.number));
  await api.close();
});
