/**
 * Visitors extras (F1, F6): the desk pre-registers a meeting's guests from its attendee list and checks one in;
 * an appointment that never came is marked no-show and found by the history's state filter; a repair to do
 * while the occupant is out shows its window on the engineer's work order card on the phone.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

/** A meeting later today (inside the lead time: the dispatcher overrides it), its notice issued and two guests on its list. */
async function meetingToday(topic: string) {
  const dispatcher = await signedInApi(e, 'dispatcher');
  const bureau = await signedInApi(e, 'bureau_approver');
  const pid = dispatcher.propertyId;
  const venues = (await dispatcher.get(`/venues?propertyId=${pid}&limit=200`)).data as {
    id: string;
    restricted: boolean;
    bookable: boolean;
    seats: number;
    minAttendees: number | null;
  }[];
  const start = new Date(Math.ceil((Date.now() + 10 * 60_000) / 300_000) * 300_000);
  // Still today in Shanghai, however late the run: at most an hour, ending by 23:55.
  const lastMinute = Date.parse(`${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)}T23:55:00+08:00`);
  const end = new Date(Math.min(start.getTime() + 60 * 60_000, lastMinute));
  // A late run is past the halls' opening hours (07:00–22:00): the admin opens them round the clock first.
  const admin = await signedInApi(e, 'admin');
  let booking: { id: string; status: string } | null = null;
  const refusals: string[] = [];
  for (const v of venues.filter((x) => !x.restricted && x.bookable && x.seats >= 20)) {
    const opened = await admin.patch(`/venues/${v.id}`, { openFrom: '00:00', openTo: '23:59' });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const r = await dispatcher.post('/bookings', {
      propertyId: pid,
      venueId: v.id,
      startAt: start.toISOString(),
      endAt: end.toISOString(),
      attendeeCount: Math.max(20, v.minAttendees ?? 0),
      topic,
      organizerUnit: '市财政局',
      application: { applicantUnit: '市财政局', purpose: topic },
      contactName: '陈静',
      contactPhone: '0755-28301201',
      services: [],
      overrideLeadTime: { reason: '临时会议' },
    });
    if (r.status === 201) {
      booking = r.body;
      break;
    }
    refusals.push(JSON.stringify(r.body).slice(0, 300));
  }
  assert.ok(booking, `booked a venue today: ${refusals.slice(0, 3).join('\n')}`);
  if (booking!.status === 'requested')
    assert.equal((await bureau.post(`/bookings/${booking!.id}/approve`, { reason: '同意' })).status, 200);
  const notice = await dispatcher.post('/service-notices', { bookingId: booking!.id });
  assert.ok(notice.status === 201 || notice.status === 200, JSON.stringify(notice.body));
  for (const a of [
    { name: '龙海波', organization: '省审计厅', phone: '13700001111' },
    { name: '白雪', organization: '省审计厅', phone: '13700002222' },
  ])
    assert.equal((await dispatcher.post(`/service-notices/${notice.body.id}/attendees`, a)).status, 201);
  await Promise.all([dispatcher.close(), bureau.close(), admin.close()]);
  return notice.body.id as string;
}

test("the desk pre-registers a meeting's guests, checks one in and marks the other a no-show", async () => {
  const topic = `审计工作座谈会 ${Date.now() % 10000}`;
  const noticeId = await meetingToday(topic);
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/visitors`);
  await desk.getByTestId('visits-tab-today').click();
  await desk.getByTestId('visits-from-meeting').click();
  await desk.getByTestId(`visit-meeting-${noticeId}`).click();
  await desk.getByTestId('visit-from-meeting-save').click();
  await desk.getByText('新登记 2 人').first().waitFor();
  // The list now shows that meeting's group.
  const list = desk.getByTestId('visits-today');
  const long = list.locator('[data-name="龙海波"]');
  await long.waitFor();
  await list.locator('[data-name="白雪"]').waitFor();
  const id = (await long.getAttribute('data-testid'))!.replace('visit-row-', '');
  await desk.getByTestId(`visit-meeting-tag-${id}`).waitFor();

  // A second run adds nobody.
  await desk.getByTestId('visits-from-meeting').click();
  await desk.getByTestId(`visit-meeting-${noticeId}`).click();
  await desk.getByTestId('visit-from-meeting-save').click();
  await desk.getByText('新登记 0 人，已有 2 人').first().waitFor();

  // Checked in like any appointment.
  await desk.getByTestId(`visit-checkin-${id}`).click();
  await desk.getByTestId('visit-id-number').fill('11010519491231002X');
  await desk.getByTestId('visit-checkin-save').click();
  await desk.getByTestId('visit-slip').waitFor();
  await desk.getByTestId('slip-close').click();
  const api = await signedInApi(e, 'front_desk');
  assert.equal((await api.get(`/front-desk/visits/${id}`)).status, 'checked_in');

  // 白雪 never came: marked by hand, found by the history's state filter.
  const bai = list.locator('[data-name="白雪"]');
  const baiId = (await bai.getAttribute('data-testid'))!.replace('visit-row-', '');
  await desk.getByTestId(`visit-noshow-${baiId}`).click();
  await desk.getByTestId(`visit-noshow-ok-${baiId}`).click();
  await desk.getByText('已标记未到访').first().waitFor();
  await desk.getByTestId('visits-tab-history').click();
  await desk.getByTestId('visits-status-filter').click();
  await desk.locator('.ant-select-item-option').filter({ hasText: '未到访' }).first().click();
  await desk.getByTestId('visits-history').locator('[data-name="白雪"]').waitFor();
  assert.equal(await desk.getByTestId('visits-history').locator('[data-name="龙海波"]').count(), 0);
  await api.close();
});

test("a repair to do while the occupant is out shows its window on the engineer's phone", async () => {
  const desk = await signedInApi(e, 'front_desk');
  const dispatcher = await signedInApi(e, 'dispatcher');
  const eng = await signedInApi(e, 'engineer');
  const day = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
  const c = await desk.post('/cases', {
    propertyId: desk.propertyId,
    kind: 'repair',
    channel: 'phone',
    content: '领导办公室空调异响',
    location: '主楼 18F 1801',
    occupantOut: true,
    occupantOutFrom: `${day}T12:00:00+08:00`,
    occupantOutTo: `${day}T13:30:00+08:00`,
  });
  assert.equal(c.status, 201, JSON.stringify(c.body));
  const wo = await dispatcher.post(`/cases/${c.body.id}/work-orders`, { content: '检修空调', assigneeId: eng.me.id });
  assert.equal(wo.status, 201, JSON.stringify(wo.body));
  await Promise.all([desk.close(), dispatcher.close(), eng.close()]);

  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'engineer');
  await phone.goto(`${e.base}/my/work-orders`);
  await phone.getByTestId('my-wo').first().waitFor();
  const card = phone.getByTestId('my-wo').filter({ hasText: '检修空调' }).first();
  await card.waitFor({ timeout: 5000 }).catch(async (err) => {
    throw new Error(`${err}\n${(await phone.locator('main').innerText()).slice(0, 1500)}`);
  });
  const text = await card.getByTestId('wo-occupant-out').innerText();
  assert.match(text, /住户不在时维修：\d\d-\d\d 12:00–13:30/);
  assert.equal(await overflowsSideways(phone), false, 'the work orders page scrolls sideways at 390 px');
});
