/**
 * Meetings on the phone (issue 11, "Done when"), at 390 px: a cleaner's 我的任务 grouped per meeting,
 * one task completed with a photo chosen in the file chooser; the sign-in desk of meeting staff signing
 * attendees in by search and by a personal code entered in the scanner; no horizontal overflow and tap
 * targets of at least 40 px. And the public sign-in page opens for every demo meeting's code (tokens
 * ending in ".xyz" were once taken for file names and answered with JSON).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';
import { startE2E, newPage, loginAs, signedInApi, weekdayAhead, drawSignature, targetSizes, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

/** The page fits the phone's width: nothing scrolls sideways. */
async function assertNoOverflow(page: Page, where: string) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner, `${where}: page is ${scroll} px wide on a ${inner} px screen`);
}

/** Every visible element of the locator is at least 40 px tall and wide (a thumb's target). */
async function assertTapTargets(list: Locator, what: string) {
  const boxes = await targetSizes(list);
  assert.ok(boxes.length > 0, `${what}: none shown`);
  for (const [w, h] of boxes) assert.ok(w >= 40 && h >= 40, `${what}: a target of ${Math.round(w)}×${Math.round(h)} px`);
}

test('the public sign-in page opens, with its form, for the sign-in code of every demo meeting (and personal codes)', async () => {
  const admin = await signedInApi(e, 'admin');
  const now = Date.now();
  const range = `from=${new Date(now - 400 * 86_400_000).toISOString()}&to=${new Date(now + 400 * 86_400_000).toISOString()}`;
  const page = await newPage(e, 'zh-CN', 'phone');
  /** The link answers with the app (not JSON), and the app shows the code's page: the form, or the personal confirm button. */
  async function opens(token: string, number: string, shows: 'sign-in-name' | 'sign-in-submit', reload: boolean) {
    const res = await page.request.get(`${e.base}/sign-in/${token}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    assert.equal(res.status(), 200, `${number}: ${token}`);
    assert.match(res.headers()['content-type'] ?? '', /text\/html/, `${number}: the link answers with the page, not JSON`);
    const answered = page.waitForResponse((r) => r.url().endsWith(`/public/meeting-sign-in/${token}`) && r.status() === 200);
    if (reload) await page.goto(`${e.base}/sign-in/${token}`);
    // Within the app: the router opens the next link as a reader's browser would after the first.
    else
      await page.evaluate((u) => {
        history.pushState({}, '', u);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `/sign-in/${token}`);
    await answered;
    await page.getByTestId(shows).waitFor();
  }
  let opened = 0;
  for (const p of admin.me.properties as { id: string }[]) {
    const notices = (await admin.get(`/service-notices?propertyId=${p.id}&${range}&limit=1000`)).data as {
      id: string;
      number: string;
      status: string;
    }[];
    for (const n of notices.filter((x) => x.status !== 'cancelled')) {
      const code = await admin.get(`/service-notices/${n.id}/sign-in-code`);
      assert.match(code.token ?? '', /\./, `${n.number}: a token with a dot (${JSON.stringify(code)})`);
      await opens(code.token, n.number, 'sign-in-name', opened < 3);
      opened++;
    }
  }
  assert.ok(opened >= 10, `demo meetings opened: ${opened}`);

  // Personal codes (longer tokens) of a few meetings open too, with the confirm button instead of the form.
  const some = (await admin.get(`/service-notices?propertyId=${admin.propertyId}&${range}&limit=1000`)).data
    .filter((x: { status: string }) => x.status === 'active')
    .slice(0, 3) as { id: string; number: string }[];
  for (const n of some) {
    const a = await admin.post(`/service-notices/${n.id}/attendees`, { name: '扫码测试', phone: '13900000001' });
    assert.equal(a.status, 201, JSON.stringify(a.body));
    const code = await admin.get(`/service-notices/${n.id}/sign-in-code?attendeeId=${a.body.id}`);
    await opens(code.token, n.number, 'sign-in-submit', true);
  }
  await page.context().close();
  await admin.close();
});

/** A confirmed C-class meeting two working days ahead with its service notice (the departments' tasks come with it). */
async function meetingAhead(topic: string) {
  const dispatcher = await signedInApi(e, 'dispatcher');
  const organizer = await signedInApi(e, 'organizer');
  const bureau = await signedInApi(e, 'bureau_approver');
  const pid = dispatcher.propertyId;
  const halls = (
    (await dispatcher.get(`/venues?propertyId=${pid}&limit=200`)).data as {
      id: string;
      venueClass: string;
      seats: number;
      restricted: boolean;
      bookable: boolean;
    }[]
  ).filter((v) => v.venueClass === 'C' && !v.restricted && v.bookable && v.seats >= 100);
  const day = weekdayAhead(2);
  let booking: { id: string } | null = null;
  for (const hall of halls)
    for (const [s, en] of [
      ['15:00', '16:30'],
      ['19:30', '21:00'],
      ['08:00', '09:00'],
    ]) {
      if (booking) break;
      const r = await dispatcher.post('/bookings', {
        propertyId: pid,
        venueId: hall.id,
        startAt: `${day}T${s}:00+08:00`,
        endAt: `${day}T${en}:00+08:00`,
        attendeeCount: 60,
        topic,
        organizationId: organizer.me.organizationId,
        contactName: '张晓东',
        contactPhone: '0755-28301102',
        importance: 'important',
        application: { applicantUnit: '市发展和改革委员会', purpose: topic },
        services: [{ code: 'microphones', qty: 2 }, { code: 'sign_in_desk' }, { code: 'water', kind: 'bottled' }],
      });
      if (r.status === 201) booking = r.body;
    }
  assert.ok(booking, 'booked a C-class hall');
  const approved = await bureau.post(`/bookings/${booking!.id}/approve`, { reason: '同意' });
  assert.ok(approved.status < 300, JSON.stringify(approved.body));
  const issued = await dispatcher.post('/service-notices', { bookingId: booking!.id });
  assert.ok(issued.status < 300, JSON.stringify(issued.body));
  await Promise.all([dispatcher.close(), organizer.close(), bureau.close()]);
  return (issued.body as { id: string }).id;
}

test('a cleaner on a 390 px phone: 我的任务 grouped per meeting, a task completed with a photo from the file chooser', async () => {
  await meetingAhead('保洁拍照验收演练会');
  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'cleaner');
  await page.getByTestId('tab-/my/tasks').click();
  await page.getByTestId('my-tasks').waitFor();
  // Today may have no meeting (a weekend): the day switcher shows the coming week.
  const cards = page.getByTestId('board-meeting');
  await page.getByTestId('board-summary').waitFor();
  await page.waitForLoadState('networkidle');
  // Today's meetings may all be finished for this cleaner (nothing to tick): then too the week.
  if ((await cards.count()) === 0 || (await page.getByTestId('board-complete').count()) === 0) {
    await page.getByTestId('board-range').getByText('7 天').click();
    await page.waitForURL(/range=week/);
  }
  await cards.first().waitFor();
  await page.getByTestId('board-complete').first().waitFor();
  await assertNoOverflow(page, '我的任务');
  // One card per meeting, each with its time, venue and topic; no meeting twice.
  const numbers = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-number')));
  assert.equal(new Set(numbers).size, numbers.length, 'each meeting once');
  // Meetings needing someone come first: no finished meeting before an unfinished one.
  const states = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
  assert.deepEqual(
    states,
    [...states].sort((a, b) => ['overdue', 'now', 'next', 'done'].indexOf(a!) - ['overdue', 'now', 'next', 'done'].indexOf(b!)),
  );
  // Done tasks are folded away: every shown task of a card is open until the card's toggle opens them.
  assert.equal(await page.locator('[data-testid=board-task][data-status=done]').count(), 0);

  await assertTapTargets(page.getByTestId('board-complete'), 'done buttons');
  await assertTapTargets(page.locator('[data-testid=board-range] .ant-segmented-item-label'), 'day switcher');
  await assertTapTargets(page.getByTestId('board-open-notice'), 'notice links');
  await assertTapTargets(page.getByTestId('tab-more'), 'bottom tabs');

  const card = page.locator('[data-testid=board-meeting]:has([data-testid=board-complete])').first();
  const number = await card.getAttribute('data-number');
  const doneBefore = Number(await card.getAttribute('data-done'));
  const title = await card.getByTestId('board-task').first().getAttribute('data-title');
  await card.getByTestId('board-complete').first().click();
  await page.getByTestId('complete-note').fill('已清洁，附照片');
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 90, g: 160, b: 90 } } })
    .jpeg()
    .toBuffer();
  await page.locator('.ant-modal input[type=file]').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page
    .locator('.ant-modal .ant-upload-list-item-done, .ant-modal .ant-upload-list-item:not(.ant-upload-list-item-uploading)')
    .first()
    .waitFor();
  await assertTapTargets(page.getByTestId('complete-submit'), 'the dialog’s done button');
  await assertNoOverflow(page, 'the completion dialog');
  await page.getByTestId('complete-submit').click();
  await page.getByTestId('complete-submit').waitFor({ state: 'hidden' });

  const same = page.locator(`[data-testid=board-meeting][data-number="${number}"]`);
  await page.waitForFunction(
    ([n, c]) => Number(document.querySelector(`[data-testid=board-meeting][data-number="${n}"]`)?.getAttribute('data-done')) > c,
    [number, doneBefore] as const,
  );
  await same.getByTestId('board-done-toggle').click();
  const done = same.locator(`[data-testid=board-task][data-status=done][data-title="${title}"]`).first();
  await done.waitFor();
  // The photo is shown (a thumbnail served to readers of the task) and loads.
  const img = done.locator('[data-testid=board-task-photos] img').first();
  await img.waitFor();
  await page.waitForFunction(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    await img.elementHandle(),
  );
  await assertNoOverflow(page, '我的任务 after completing');
  await page.context().close();
});

test('the sign-in desk on a 390 px phone: meeting staff sign attendees in by search and by the personal code typed into the scanner', async () => {
  const staff = await signedInApi(e, 'meeting_staff');
  const page = await newPage(e, 'en-US', 'phone');
  await loginAs(e, page, 'meeting_staff');
  await page.getByTestId('tab-/sign-in-desk').click();
  const pick = page.getByTestId('desk-meeting').first();
  await pick.waitFor();
  await assertNoOverflow(page, 'the desk list');
  await assertTapTargets(page.getByTestId('desk-meeting'), 'meetings to pick');
  // Two attendees on the meeting (as the organizer's list would bring them).
  const href = (await pick.getAttribute('href'))!;
  const noticeId = href.split('/').pop()!;
  const names = ['Wang Lei', 'Zhao Min'];
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const r = await staff.post(`/service-notices/${noticeId}/attendees`, { name, phone: `1370000000${i}`, seat: `B${i + 1}` });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    ids.push(r.body.id);
  }
  await pick.click();
  await page.getByTestId('sign-in-desk').waitFor();
  const count = page.getByTestId('desk-count');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=desk-count]')?.getAttribute('data-total')) >= 2);
  const signedBefore = Number(await count.getAttribute('data-signed'));

  // By search: the phone number finds her; one tap signs her in; the count goes up live.
  await page.getByTestId('desk-mode').getByText('Find').click();
  await page.getByTestId('desk-search').fill('13700000001');
  const row = page.locator('[data-testid=desk-attendee][data-name="Zhao Min"]');
  await row.waitFor();
  await assertTapTargets(row.getByTestId('desk-sign-in'), 'sign-in button');
  await assertTapTargets(page.locator('[data-testid=desk-mode] .ant-segmented-item-label'), 'scan / find switch');
  await row.getByTestId('desk-sign-in').click();
  await page.locator('[data-testid=desk-result][data-kind=signed]').getByText('Zhao Min').waitFor();
  await page.locator('[data-testid=desk-attendee][data-name="Zhao Min"][data-signed="1"]').waitFor();
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid=desk-count]')?.getAttribute('data-signed')) === n,
    signedBefore + 1,
  );
  await assertNoOverflow(page, 'the desk, searching');

  // By code: no camera in this browser, so the scanner takes the code typed in (as from a handheld reader); the link works as well as the token.
  const personal = await staff.get(`/service-notices/${noticeId}/sign-in-code?attendeeId=${ids[0]}`);
  await page.getByTestId('desk-mode').getByText('Scan').click();
  const manual = page.getByTestId('desk-scanner').getByTestId('qr-manual');
  await manual.fill(personal.url);
  await manual.press('Enter');
  await page.locator('[data-testid=desk-result][data-kind=signed]').getByText('Wang Lei').waitFor();
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid=desk-count]')?.getAttribute('data-signed')) === n,
    signedBefore + 2,
  );
  // The meeting's own code names nobody: the desk says so in the reader's language.
  const meetingCode = await staff.get(`/service-notices/${noticeId}/sign-in-code`);
  await manual.fill(meetingCode.token);
  await manual.press('Enter');
  await page.locator('[data-testid=desk-result][data-kind=error]').getByText("This is the meeting's code").waitFor();
  await assertNoOverflow(page, 'the desk, scanning');
  await page.context().close();
  await staff.close();
});

test('meeting staff on a 390 px phone: the notice’s tasks as cards; lost property registered with a photo and handed back against a drawn signature', async () => {
  const noticeId = await meetingAhead('失物招领手机演练会');
  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'meeting_staff');
  await page.goto(`${e.base}/service-notices/${noticeId}`);
  await page.locator('[data-testid=dept-panel] [data-testid=notice-task]').first().waitFor();
  await assertNoOverflow(page, 'the notice detail');
  await assertTapTargets(page.locator('[data-testid=dept-panel]:visible [data-testid=task-complete]'), 'task done buttons');

  await page.goto(`${e.base}/service-notices/${noticeId}?tab=after`);
  const lost = page.getByTestId('lost-items');
  await lost.getByTestId('lost-add').click();
  const modal = page.locator('.ant-modal-content').filter({ has: page.locator('#item') });
  await modal.locator('#item').fill('深蓝色双肩包');
  await modal.locator('#foundBy').fill('黄丽娟');
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 30, g: 60, b: 120 } } })
    .jpeg()
    .toBuffer();
  await modal.locator('input[type=file]').setInputFiles({ name: 'IMG_3001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await modal.locator('.ant-upload-list-item-done').first().waitFor();
  await assertNoOverflow(page, 'the lost property dialog');
  await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
  const card = lost.getByTestId('lost-card').filter({ hasText: '深蓝色双肩包' });
  await card.locator('[data-testid=lost-item-photos] img').first().waitFor();
  await assertNoOverflow(page, 'the lost property cards');
  await assertTapTargets(card.getByTestId('lost-return'), 'the return button');

  await card.getByTestId('lost-return').click();
  const ret = page.locator('.ant-modal-content').filter({ has: page.locator('#handedTo') });
  await ret.locator('#handedTo').fill('周敏');
  await ret.getByTestId('lost-owner-sign').click();
  await drawSignature(page);
  await ret.getByTestId('signature-view').getByText(/周敏/).waitFor();
  await ret.getByRole('button', { name: /确\s*定|OK/ }).click();
  await card.getByTestId('signature-view').getByText(/周敏/).waitFor();
  await assertNoOverflow(page, 'a returned lost item');

  await lost.getByTestId('lost-print').click();
  await page.getByTestId('lost-print-signature').first().waitFor();
  await assertNoOverflow(page, 'the printable register');
  await page.context().close();
});
