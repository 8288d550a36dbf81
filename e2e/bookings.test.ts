/**
 * Bookings end to end (SPEC M1–M3, X5): the dispatcher books an A-class room on the availability
 * board and is refused an overlapping booking with the clash named; an organizer requests a C-class
 * hall, the bureau approves it in the approval queue; the organizer's iCal feed carries the booking.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, weekdayAhead, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

/** Drags across a venue's row on the day board from one hour to another (07:00–22:00 axis); waits for the form it opens. */
async function dragOnBoard(page: Page, venue: string, fromHour: number, toHour: number, opens = 'booking-submit') {
  const track = page.locator(`[data-testid=board-row][data-venue="${venue}"] [data-testid=board-track]`);
  // A closing drawer's or dialog's mask still catches the mouse while it animates out.
  await page.locator('.ant-drawer-mask').first().waitFor({ state: 'hidden' });
  await page.locator('.ant-modal-mask').first().waitFor({ state: 'hidden' });
  await track.scrollIntoViewIfNeeded();
  const box = (await track.boundingBox())!;
  const x = (h: number) => box.x + ((h - 7) / 15) * box.width + 3;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(fromHour), y);
  await page.mouse.down();
  await page.mouse.move(x((fromHour + toHour) / 2), y, { steps: 4 });
  await page.mouse.move(x(toHour) - 6, y, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId(opens).waitFor();
}

/** Types a date-time into an antd DatePicker. */
async function setPicker(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.press('Control+a');
  await input.fill(value);
  await input.press('Enter');
}

test('dispatcher books an A-class room from the board in three steps; an overlapping booking shows the clash', async () => {
  const day = weekdayAhead(21); // beyond the demo bookings (two weeks ahead)
  const page = await newPage(e);
  await loginAs(e, page, 'dispatcher');
  await page.goto(`${e.base}/bookings/board?date=${day}&view=day`);
  await page.getByTestId('board').waitFor();

  // 1. drag a free slot → the quick booking opens, starting from the units this dispatcher booked for lately
  await dragOnBoard(page, '主楼第一接待室', 10, 11, 'quick-submit');
  const quick = page.locator('.ant-modal').filter({ has: page.getByTestId('quick-book') });
  await quick.getByText(`${day} 10:00–11:00`).waitFor();
  await quick.getByTestId('quick-units').locator('.ant-tag-checkable-checked').waitFor();
  // 2. the caller's number finds the unit, its contact and its usual topic
  await quick.getByTestId('quick-phone').fill('0755-2830 1203');
  await quick.getByTestId('quick-phone').press('Enter');
  await page.waitForFunction(() => (document.querySelector('[data-testid=quick-unit]') as HTMLInputElement)?.value === '市财政局');
  const topic = await quick.getByTestId('quick-topic').inputValue();
  assert.notEqual(topic, '');
  assert.ok(Number(await quick.getByTestId('quick-attendees').inputValue()) > 0);
  // 3. confirm
  await quick.getByTestId('quick-submit').click();
  await page.getByText(/预订成功：HY-\d{4}-\d{6}/).waitFor();
  await page.getByTestId('quick-submit').waitFor({ state: 'detached' });
  const block = page.locator('[data-testid=board-row][data-venue="主楼第一接待室"] [data-testid=board-block]');
  await block.first().waitFor();
  const number = await block.first().getAttribute('data-number');
  assert.match(number ?? '', /^HY-\d{4}-\d{6}$/);
  assert.equal(await block.first().getAttribute('data-unit'), '市财政局');

  // The next drag remembers the unit: it is the first of the dispatcher's recent units.
  await dragOnBoard(page, '主楼第一接待室', 14, 15, 'quick-submit');
  await page.waitForFunction(() => (document.querySelector('[data-testid=quick-unit]') as HTMLInputElement)?.value === '市财政局');
  // The full form is one click away and starts from what the quick booking holds.
  await page.getByTestId('quick-full-form').click();
  await page.getByTestId('booking-submit').waitFor();
  assert.equal(await page.getByTestId('organizer-unit').inputValue(), '市财政局');
  // That second meeting, moved to overlap the first.
  await setPicker(page, 'start-picker', `${day} 10:30`);
  await setPicker(page, 'end-picker', `${day} 11:30`);
  await page.getByTestId('organizer-unit').fill('市统计局');
  await page.getByTestId('contact-name').fill('冯娟');
  await page.getByTestId('contact-phone').fill('0755-28303404');
  await page.getByTestId('topic').fill('统计数据会商');
  await page.getByTestId('attendees').fill('8');
  await page.getByTestId('booking-submit').click();
  const clash = page.getByTestId('booking-conflict');
  await clash.waitFor();
  await clash.getByText('时段冲突').first().waitFor();
  await clash.getByTestId('conflict-list').getByText(number!).waitFor();
  await clash.getByText(topic).first().waitFor();
  await page.context().close();
});

test("an organizer requests a C-class hall; the bureau approves it; the organizer's iCal feed carries it", async () => {
  const day = weekdayAhead(22); // beyond the demo bookings
  const topic = '全市重大项目建设调度会';
  const org = await newPage(e);
  await loginAs(e, org, 'organizer');
  await org.goto(`${e.base}/bookings/board?date=${day}&view=day`);
  await org.getByTestId('board').waitFor();
  await dragOnBoard(org, '主楼203人会议厅', 14, 16);
  await org.getByTestId('application-form').waitFor();
  // The organizer books for their own organization; contact comes from their account.
  assert.equal(await org.getByTestId('organizer-unit').inputValue(), '市发展和改革委员会');
  await org.getByTestId('topic').fill(topic);
  await org.getByTestId('attendees').fill('150');
  await org.getByTestId('application-purpose').fill('通报重大项目建设进展，部署下阶段工作');
  await org.getByTestId('service-banner').click();
  await org.getByPlaceholder('会标内容').fill('全市重大项目建设推进会');
  // The application does not ask again for the unit and handler; the fee is estimated before submitting.
  assert.equal(await org.getByTestId('other-applicant').isChecked(), false);
  await org.getByTestId('fee-estimate').getByText('¥8,000.00').last().waitFor(); // 2 hours of a C-class hall
  await org.getByTestId('booking-submit').click();
  await org.getByText(/申请已提交：HY-\d{4}-\d{6}/).waitFor();

  const bureau = await newPage(e);
  await loginAs(e, bureau, 'bureau_approver');
  await bureau.goto(`${e.base}/bookings/approvals`);
  const card = bureau.getByTestId('approval-card').filter({ hasText: topic });
  await card.waitFor();
  await card.getByText('通报重大项目建设进展，部署下阶段工作').waitFor();
  await card.getByText('市发展和改革委员会').first().waitFor();
  await card.getByTestId('approve-button').click();
  await bureau.getByTestId('decision-reason').fill('同意，请做好安保');
  await bureau.getByTestId('decision-ok').click();
  await bureau.getByText(/已批准 HY-/).waitFor();
  await card.waitFor({ state: 'detached' });
  await bureau.context().close();

  await org.goto(`${e.base}/bookings/mine`);
  const row = org.getByTestId('booking-table').locator('tr').filter({ hasText: topic });
  await row.getByText('已确认').waitFor();

  await org.getByTestId('feeds-button').click();
  await org.getByTestId('feed-create').click();
  const url = (await org.getByTestId('feed-url').textContent())!.trim();
  assert.match(url, /\/api\/v1\/ical\/[A-Za-z0-9_-]+\.ics$/);
  const res = await fetch(url.replace(/^https?:\/\/[^/]+/, e.base));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/calendar/);
  const ics = await res.text();
  assert.match(ics, /BEGIN:VEVENT/);
  assert.ok(ics.includes(topic), 'the feed lists the approved booking');
  assert.match(ics, /STATUS:CONFIRMED/);
  await org.context().close();
});
