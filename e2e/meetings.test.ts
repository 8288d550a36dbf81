/**
 * Meeting services end to end (SPEC M4, M5, M8–M10; issue "Done when"): one C-class meeting through
 * its whole life. The service center books a hall for the organizer's unit and the bureau approves
 * it in its queue; the dispatcher issues the 《会议服务通知单》; AV, security, meeting staff and
 * cleaners mark their tasks done on /my/tasks and report ready; the dispatcher verifies every
 * department; the three-level check is recorded by its three roles; the meeting goes live; a lost
 * item is registered, stored and handed back against the owner's signature; the meeting ends; the
 * assistant draws up and issues the 《会议费用确认单》, which the organizer confirms online before
 * answering the satisfaction survey; the daily and weekly reports show the meeting.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { isoWeek } from '@hy/contracts';
import { startE2E, newPage, loginAs, weekdayAhead, signedInApi, drawSignature, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

const apiAs = (username: string) => signedInApi(e, username);

async function confirm(page: Page) {
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
}

/** On /my/tasks: every open task of the meeting done, then the department reported ready. */
async function workBoard(username: string, noticeNumber: string) {
  const page = await newPage(e);
  await loginAs(e, page, username);
  await page.goto(`${e.base}/my/tasks?range=week`);
  const card = page.locator(`[data-testid=board-meeting][data-number="${noticeNumber}"]`);
  await card.waitFor();
  let done = 0;
  for (;;) {
    const btn = card.getByTestId('board-complete').first();
    if (!(await btn.isVisible().catch(() => false))) break;
    await btn.click();
    if (done === 0) {
      await page.getByTestId('complete-note').fill(`${username} 已完成`);
    }
    const submit = page.getByTestId('complete-submit');
    await submit.click();
    // On a loaded machine a click can land while the dialog is still opening: say what the page shows, then submit once more.
    if (
      !(await submit.waitFor({ state: 'hidden', timeout: 10_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      const shown = await page.locator('.ant-message-notice, .ant-form-item-explain-error').allInnerTexts();
      console.error(`${username}: the task dialog stayed open (${shown.join(' | ') || 'no message'}); submitting again`);
      await submit.click();
      await submit.waitFor({ state: 'hidden' });
    }
    done++;
    // Done tasks fold away under the meeting: its card counts them.
    await page.waitForFunction(
      ([n, c]) => Number(document.querySelector(`[data-testid=board-meeting][data-number="${n}"]`)?.getAttribute('data-done')) >= c,
      [noticeNumber, done] as const,
    );
    assert.ok(done < 80, 'too many tasks');
  }
  assert.ok(done > 0, `${username} had tasks`);
  const ready = card.getByTestId('board-report-ready');
  await ready.first().waitFor();
  await page.waitForFunction(
    (n) =>
      !document.querySelector(`[data-testid=board-meeting][data-number="${n}"] [data-testid=board-report-ready]`)?.hasAttribute('disabled'),
    noticeNumber,
  );
  await ready.first().click();
  await card.getByTestId('board-ready-tag').waitFor();
  await page.context().close();
  return done;
}

test('one C-class meeting through its whole life: booking to notice, tasks, checks, live, lost property, fees, survey, reports', async () => {
  const dispatcherApi = await apiAs('dispatcher');
  const organizerApi = await apiAs('organizer');
  const pid = dispatcherApi.propertyId;
  const topic = '全市安全生产专项整治推进会';
  const venues = (await dispatcherApi.get(`/venues?propertyId=${pid}&limit=200`)).data as {
    id: string;
    name: string;
    venueClass: string;
    seats: number;
    restricted: boolean;
    bookable: boolean;
  }[];
  const halls = venues.filter((v) => v.venueClass === 'C' && !v.restricted && v.bookable && v.seats >= 100);
  assert.ok(halls.length > 0, 'a C-class hall');

  // A free slot two working days ahead (demo bookings fill the mornings).
  let booking: { id: string; number: string; status: string } | null = null;
  const day = weekdayAhead(2);
  outer: for (const hall of halls) {
    for (const [s, en] of [
      ['14:30', '16:30'],
      ['16:00', '17:30'],
      ['19:00', '20:30'],
      ['10:00', '11:30'],
    ]) {
      const r = await dispatcherApi.post('/bookings', {
        propertyId: pid,
        venueId: hall.id,
        startAt: `${day}T${s}:00+08:00`,
        endAt: `${day}T${en}:00+08:00`,
        attendeeCount: 80,
        topic,
        organizationId: organizerApi.me.organizationId,
        contactName: '张晓东',
        contactPhone: '0755-28301102',
        importance: 'important',
        application: { applicantUnit: '市发展和改革委员会', purpose: '部署安全生产专项整治工作' },
        services: [{ code: 'microphones', qty: 4 }, { code: 'recording' }, { code: 'sign_in_desk' }, { code: 'water', kind: 'bottled' }],
      });
      if (r.status === 201) {
        booking = r.body;
        break outer;
      }
    }
  }
  assert.ok(booking, 'booked a C-class hall');
  assert.equal(booking!.status, 'requested');
  // The bureau approves it in its queue.
  const bureau = await newPage(e);
  await loginAs(e, bureau, 'bureau_approver');
  await bureau.goto(`${e.base}/bookings/approvals`);
  const card = bureau.getByTestId('approval-card').filter({ hasText: topic });
  await card.getByTestId('approve-button').click();
  await bureau.getByTestId('decision-reason').fill('同意');
  await bureau.getByTestId('decision-ok').click();
  await card.waitFor({ state: 'detached' });
  await bureau.context().close();
  assert.equal((await dispatcherApi.get(`/bookings/${booking!.id}`)).status, 'confirmed');

  // The dispatcher issues the notice from the list (unless the minute scanner already did).
  const page = await newPage(e);
  await loginAs(e, page, 'dispatcher');
  await page.goto(`${e.base}/service-notices?range=week`);
  await page.getByTestId('service-notices-page').waitFor();
  const issue = page.locator(`[data-testid=issue-notice][data-booking="${booking!.number}"]`);
  // The scanner may issue it between our look and our click (the button then gives way to the notice's link).
  const clicked = await issue
    .click({ timeout: 8000 })
    .then(() => page.waitForURL(/\/service-notices\/[0-9a-f-]{36}$/, { timeout: 15000 }))
    .then(
      () => true,
      () => false,
    );
  if (!clicked) {
    const list = await dispatcherApi.get(`/service-notices?propertyId=${pid}&from=${day}T00:00:00%2B08:00&to=${day}T23:59:00%2B08:00`);
    const n = list.data.find((x: { bookingId: string }) => x.bookingId === booking!.id);
    assert.ok(n, 'notice issued by the scanner');
    await page.goto(`${e.base}/service-notices/${n.id}`);
  }
  const detail = page.getByTestId('notice-detail');
  await detail.waitFor();
  const number = (await detail.getAttribute('data-number'))!;
  assert.match(number, /^HY-TZ-\d{4}-\d{6}$/);
  const noticeId = page.url().split('/').pop()!;
  await page.getByTestId('notice-info').getByText(topic).waitFor();
  assert.equal(await page.getByTestId('live-status').first().getAttribute('data-status'), 'preparing');
  // Four departments, each with its tasks.
  assert.equal(await page.getByTestId('dept-tab').count(), 4);

  // Every department works its board.
  for (const user of ['av_tech', 'security', 'meeting_staff', 'cleaner']) await workBoard(user, number);

  // The dispatcher verifies each department's readiness.
  await page.reload();
  await detail.waitFor();
  for (const dept of ['engineering_av', 'security', 'meeting_staff', 'cleaning']) {
    await page.locator(`[data-testid=dept-tab][data-dept=${dept}]`).click();
    const panel = page.locator(`[data-testid=dept-panel][data-dept=${dept}]`);
    await panel.getByTestId('verify-ready').click();
    await panel.locator('[data-testid=dept-ready][data-state=verified]').waitFor();
  }
  await page.waitForFunction(() => document.querySelector('[data-testid=live-status]')?.getAttribute('data-status') === 'ready');

  // Three-level check: group leader (meeting staff), environment supervisor (lobby manager), hotline (dispatcher).
  for (const [user, level] of [
    ['meeting_staff', 1],
    ['lobby_manager', 2],
  ] as const) {
    const p = await newPage(e);
    await loginAs(e, p, user);
    await p.goto(`${e.base}/service-notices/${noticeId}`);
    const item = p.locator(`[data-testid=check-item][data-level="${level}"]`);
    await item.getByTestId('record-check').click();
    await p.getByTestId('check-finding').fill(level === 1 ? '会议安排无变化' : '场地、设备、茶水准备到位');
    await p.getByTestId('check-submit').click();
    await p.locator(`[data-testid=check-item][data-level="${level}"][data-status=ok]`).waitFor();
    await p.context().close();
  }
  await page.reload();
  const l3 = page.locator('[data-testid=check-item][data-level="3"]');
  await l3.getByTestId('record-check').click();
  await page.getByTestId('check-submit').click();
  await page.locator('[data-testid=check-item][data-level="3"][data-status=ok]').waitFor();
  assert.equal(await page.locator('[data-testid=check-item][data-status=ok]').count(), 3);

  // The meeting goes live.
  await page.getByTestId('start-meeting').click();
  await confirm(page);
  await page.waitForFunction(() => document.querySelector('[data-testid=live-status]')?.getAttribute('data-status') === 'in_progress');
  const after = await dispatcherApi.get(`/service-notices/${noticeId}`);
  assert.equal(after.liveStatus, 'in_progress');
  assert.ok(after.departments.every((d: { verifiedAt: string | null }) => d.verifiedAt));
  assert.ok(after.departments.every((d: { done: number; total: number }) => d.done === d.total));

  // The list shows it live with four verified departments.
  await page.goto(`${e.base}/service-notices?range=week`);
  const row = page.locator(`[data-testid=notice-row][data-number="${number}"]`);
  await row.locator('[data-testid=live-status][data-status=in_progress]').waitFor();
  await row.locator('[data-testid=dept-ready][data-state=verified]').nth(3).waitFor();

  // A delegate's phone is found in the hall: registered, stored at the service desk, handed back against the
  // owner's signature drawn on the screen, which the row and the printed register show with signer and time.
  const staffPage = await newPage(e);
  await loginAs(e, staffPage, 'meeting_staff');
  await staffPage.goto(`${e.base}/service-notices/${noticeId}`);
  await staffPage.locator('[data-testid=service-tab][data-tab=after]').click();
  const lost = staffPage.getByTestId('lost-items');
  await lost.getByTestId('lost-add').click();
  const modal = staffPage.locator('.ant-modal-content').filter({ has: staffPage.locator('#item') });
  await modal.locator('#item').fill('黑色华为手机');
  await modal.locator('#foundBy').fill('黄丽娟');
  await modal.locator('#storedPlace').fill('会议大厦一楼服务台');
  await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
  const item = lost.locator('tr').filter({ hasText: '黑色华为手机' });
  await item.getByTestId('lost-return').click();
  const ret = staffPage.locator('.ant-modal-content').filter({ has: staffPage.locator('#handedTo') });
  await ret.locator('#handedTo').fill('李建国');
  await ret.locator('#ownerIdNumber').fill('440304198506120031');
  await ret.getByTestId('lost-owner-sign').click();
  await drawSignature(staffPage);
  await ret.getByTestId('signature-view').waitFor();
  await ret.getByRole('button', { name: /确\s*定|OK/ }).click();
  await item.getByTestId('signature-view').waitFor();
  await item.getByText('李建国').first().waitFor();
  await lost.getByTestId('lost-print').click();
  await staffPage.waitForURL(/\/lost-items\/print$/);
  await staffPage.getByTestId('lost-print-row').filter({ hasText: '黑色华为手机' }).getByTestId('lost-print-signature').waitFor();
  await staffPage.context().close();
  const lostItems = (await dispatcherApi.get(`/lost-items?propertyId=${pid}&noticeId=${noticeId}`)).data;
  assert.deepEqual(
    lostItems.map((l: { status: string; ownerIdNumber: string; signature: { signerName: string } | null }) => [
      l.status,
      l.ownerIdNumber,
      l.signature?.signerName,
    ]),
    [['returned', '440304198506120031', '李建国']],
  );

  // The meeting ends.
  await page.goto(`${e.base}/service-notices/${noticeId}`);
  await page.getByTestId('end-meeting').click();
  await confirm(page);
  await page.waitForFunction(() => document.querySelector('[data-testid=live-status]')?.getAttribute('data-status') === 'ended');
  await page.context().close();

  // The assistant draws up the fee statement from the price list and issues it.
  const assistant = await newPage(e);
  await loginAs(e, assistant, 'cs_assistant');
  await assistant.goto(`${e.base}/service-notices/${noticeId}`);
  await assistant.locator('[data-testid=service-tab][data-tab=fees]').click();
  await assistant.getByTestId('fee-draft').click();
  await assistant.getByTestId('fee-submit').click();
  const statement = assistant.getByTestId('fee-statement');
  await statement.waitFor();
  const feeNumber = (await statement.getAttribute('data-number'))!;
  await statement.getByTestId('fee-issue').click();
  await confirm(assistant);
  await statement.getByTestId('fee-confirm').or(statement.getByTestId('fee-paper')).waitFor();
  await assistant.context().close();

  // The organizer confirms it online and answers the survey.
  const org = await newPage(e);
  await loginAs(e, org, 'organizer');
  await org.goto(`${e.base}/my/fees`);
  const feeRow = org.getByTestId('my-fees').locator('tr').filter({ hasText: feeNumber });
  await feeRow.getByRole('link', { name: feeNumber }).click();
  await org.getByTestId('fee-confirm').click();
  await confirm(org);
  await org.getByTestId('fee-confirm').waitFor({ state: 'detached' });
  const confirmed = (await organizerApi.get(`/fee-statements?propertyId=${pid}`)).data.find(
    (x: { number: string }) => x.number === feeNumber,
  );
  assert.equal(confirmed.status, 'confirmed');
  await org.goto(`${e.base}/my/fees`);
  await org.getByTestId('my-fees').locator('tr').filter({ hasText: feeNumber }).getByTestId('fee-survey-link').click();
  await org.getByTestId('survey-page').waitFor();
  await org.getByTestId('survey-rate').locator('.ant-rate-star').nth(3).click();
  await org.getByTestId('survey-comment').fill('会务保障细致周到，音响效果好');
  await org.getByTestId('survey-submit').click();
  await org.locator('[data-testid=survey-answered][data-rating="4"]').waitFor();
  await org.context().close();

  // The daily and weekly reports show it: the day's notice list, and the week's meetings held with the organizer's comment.
  const rep = await newPage(e);
  await loginAs(e, rep, 'dispatcher');
  await rep.goto(`${e.base}/reports/meetings?tab=daily&date=${day}`);
  await rep.locator(`[data-testid=daily-row][data-number="${number}"]`).getByText(topic).waitFor();
  await rep.goto(`${e.base}/reports/meetings?tab=weekly&week=${isoWeek(day)}`);
  await rep.locator(`[data-testid=weekly-comment][data-number="${number}"][data-rating="4"]`).getByText('会务保障细致周到').waitFor();
  assert.ok(Number(await rep.getByTestId('weekly-held').innerText()) >= 1);
  await rep.context().close();

  await dispatcherApi.close();
  await organizerApi.close();
});
