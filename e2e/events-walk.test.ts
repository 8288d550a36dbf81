/**
 * One two-day conference end to end (M13), in Chromium with the API of each person's own session for the bulk
 * typing: the 常务副总 sets the event up and its groups get their people; the programme books the main hall and four
 * group rooms — one clash is refused with nothing written and the session is moved; 60 guests are imported and
 * invited, 40 register on their own links with hotel wishes and arrivals; they are roomed in two hotels and the
 * accommodation plan prints; the arrivals become two pick-ups with a driver's dispatch sheet; the lunch count follows
 * the registrations; the budget is approved by the general manager with a drawn signature, actuals come in and the
 * variance shows; at the end the work summary is drawn up and filed, and the organizer confirms the fee statement
 * drawn from the actuals.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startE2E, newPage, loginAs, drawSignature, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

/** A Tuesday about three weeks ahead (Shanghai): day 1, and Wednesday day 2. */
function tuesdayAhead() {
  const d = new Date(Date.now() + 8 * 3600_000 + 21 * 86_400_000);
  while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const prev = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+08:00`;

test('a two-day conference from set-up to the confirmed fee statement', { timeout: 600_000 }, async () => {
  const lead = await signedInApi(e, 'event_lead');
  const pid = lead.propertyId;
  const day1 = tuesdayAhead();
  const day2 = next(day1);
  const orgs = (await lead.get(`/organizations?propertyId=${pid}&limit=200`)).data as { id: string; name: string }[];
  const host = orgs.find((o) => o.name === '市发展和改革委员会')!;
  const created = await lead.post('/events', {
    propertyId: pid,
    name: '全市数字政府建设现场会',
    hostUnit: host.name,
    organizationId: host.id,
    startsOn: day1,
    endsOn: day2,
    expectedCount: 500,
    scope: '市直各部门、各区政务服务数据管理部门负责同志，兄弟城市特邀嘉宾',
    contactName: '张晓东',
    contactPhone: '0755-28301102',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const ev = created.body;
  const id = ev.id as string;
  assert.deepEqual(
    ev.groups.map((g: { name: string }) => g.name),
    ['文秘信息组', '后勤保障组', '车辆运输组'],
  );
  // The groups get their people (the lead picks staff); the secretariat briefs the others.
  const staff = (await lead.get(`/events/${id}/staff-options`)).data as { userId: string; name: string }[];
  const who = (name: string) => staff.find((s) => s.name === name)!.userId;
  const [sec, log, trans] = ev.groups as { id: string }[];
  assert.equal((await lead.patch(`/events/${id}/groups/${sec!.id}`, { leaderId: who('陈思琪'), memberIds: [who('林小雨')] })).status, 200);
  assert.equal((await lead.patch(`/events/${id}/groups/${log!.id}`, { leaderId: who('黄丽娟'), memberIds: [who('何美玲')] })).status, 200);
  assert.equal((await lead.patch(`/events/${id}/groups/${trans!.id}`, { leaderId: who('孙国强') })).status, 200);

  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'event_lead');
  await desk.goto(`${e.base}/events/${id}`);
  await desk.getByTestId('event-title').getByText('全市数字政府建设现场会').waitFor();
  assert.equal(await desk.getByTestId('event-group').count(), 3);
  await desk.getByTestId('event-group').nth(2).getByText('组长：孙国强').waitFor();

  // ---- The programme: main hall and four group rooms; one room is taken, the whole programme is refused, then moved.
  const venues = (await lead.get(`/venues?propertyId=${pid}&limit=200`)).data as { id: string; name: string }[];
  const venue = (name: string) => venues.find((v) => v.name === name)!.id;
  const rooms = ['主楼八楼会议室', '西楼十楼会议室', '东楼八楼培训室', '主楼五楼座谈室'];
  const dispatcher = await signedInApi(e, 'dispatcher');
  const taken = await dispatcher.post('/bookings', {
    propertyId: pid,
    venueId: venue(rooms[0]!),
    startAt: at(day1, '14:00'),
    endAt: at(day1, '17:30'),
    attendeeCount: 20,
    topic: '机关党支部学习会',
    organizerUnit: '市机关事务管理局',
    contactName: '叶敏杰',
    contactPhone: '13800000016',
    channel: 'phone',
  });
  // (Already taken by the demo's own bookings is as good: the room is busy either way.)
  assert.ok([201, 409].includes(taken.status), JSON.stringify(taken.body));
  const sessions: Record<string, unknown>[] = [
    {
      kind: 'plenary',
      title: '全体大会',
      startsAt: at(day1, '09:00'),
      endsAt: at(day1, '11:30'),
      venueId: venue('会议大厦主会场'),
      expectedCount: 500,
    },
    ...rooms.map((r, i) => ({
      kind: 'group',
      title: `第${'一二三四'[i]}分组讨论`,
      startsAt: at(day1, '14:30'),
      endsAt: at(day1, '17:00'),
      venueId: venue(r),
      expectedCount: 12,
    })),
    { kind: 'meal', title: '工作午餐', startsAt: at(day1, '12:00'), endsAt: at(day1, '13:30'), place: '会议大厦员工餐厅' },
  ];
  const refused = await lead.post(`/events/${id}/programme`, { sessions });
  assert.equal(refused.status, 409);
  assert.equal(refused.body.code, 'programme_session_conflict');
  assert.equal((await lead.get(`/events/${id}/programme`)).sessions.length, 0, 'nothing written');
  sessions[1] = { ...sessions[1]!, venueId: venue('主楼第一接待室') };
  const booked = await lead.post(`/events/${id}/programme`, { sessions });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  // The bureau approves the main hall; the desk opens the service notices.
  let programme = await lead.get(`/events/${id}/programme`);
  const bureau = await signedInApi(e, 'bureau_approver');
  for (const s of programme.sessions as { booking: { id: string; status: string } | null }[])
    if (s.booking?.status === 'requested') assert.equal((await bureau.post(`/bookings/${s.booking.id}/approve`, {})).status, 200);
  for (const s of programme.sessions as { booking: { id: string } | null }[])
    if (s.booking) assert.ok([200, 201].includes((await dispatcher.post('/service-notices', { bookingId: s.booking.id })).status));
  programme = await lead.get(`/events/${id}/programme`);
  assert.equal(programme.sessions.filter((s: { booking: unknown }) => s.booking).length, 5);
  await desk.getByTestId('event-tab-programme').click();
  await desk.getByText('第一分组讨论').first().waitFor();
  await desk.getByText('主楼第一接待室').first().waitFor();

  // ---- Guests: 60 imported and invited; 40 register on their own links, out-of-town ones with a hotel wish.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('嘉宾名单');
  ws.addRow(['姓名', '单位', '职务', '性别', '手机', '邮箱', '类别', 'VIP']);
  const SUR = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳';
  for (let i = 0; i < 60; i++)
    ws.addRow([
      `${SUR[i]}${'志文建国秀丽'[i % 6]}${'华明强英'[i % 4]}`,
      i % 2 ? '广州市政务服务数据管理局' : '福田区政务服务数据管理局',
      '处长',
      i % 3 ? '男' : '女',
      `1370000${String(1000 + i)}`,
      '',
      i < 3 ? '演讲嘉宾' : '嘉宾',
      i < 2 ? '是' : '否',
    ]);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  await desk.getByTestId('event-tab-guests').click();
  await desk
    .getByTestId('guest-import-file')
    .setInputFiles({ name: 'guests.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await desk.locator('.ant-message').getByText(/60/).first().waitFor();
  const invited = await lead.post(`/events/${id}/guests/invite`, {});
  assert.equal(invited.status, 200, JSON.stringify(invited.body));
  assert.equal(invited.body.invited, 60);
  const guests = (await lead.get(`/events/${id}/guests`)).data as { id: string; name: string; organization: string }[];
  assert.equal(guests.length, 60);
  const group1 = (programme.sessions as { id: string; kind: string }[]).find((s) => s.kind === 'group')!.id;
  const anon = await e.browser.newContext();
  for (const [i, g] of guests.slice(0, 40).entries()) {
    const link = (await lead.get(`/events/${id}/guests/${g.id}/link`)).link as string;
    const token = link.split('/e/')[1]!;
    const away = g.organization.startsWith('广州');
    const r = await anon.request.post(`${e.base}/api/v1/public/event-registration/${token}`, {
      data: {
        answer: 'register',
        attendDays: [day1, day2],
        sessionIds: [group1],
        meals: [`${day1}:lunch`, `${day2}:lunch`],
        arrival: away
          ? {
              at: at(prev(day1), i % 4 === 1 ? '14:10' : '16:35'),
              mode: 'train',
              ref: i % 4 === 1 ? 'G6011' : 'G6025',
              station: '深圳北站',
            }
          : null,
        departure: away ? { at: at(day2, '17:30'), mode: 'train', ref: 'G6012', station: '深圳北站' } : null,
        hotelWish: away ? 'needed' : 'none',
        dietary: i % 10 === 3 ? 'vegetarian' : 'none',
      },
    });
    assert.equal(r.status(), 200, await r.text());
  }
  await anon.close();
  const counts = await lead.get(`/events/${id}/guests/counts`);
  assert.equal(counts.registered, 40);
  await desk.reload();
  await desk.getByTestId('guest-counts').getByText('40').first().waitFor();

  // ---- Hotels: two hotels with room blocks; the secretariat rooms everyone and prints the accommodation plan.
  const secretary = await signedInApi(e, 'cs_assistant');
  for (const name of ['五洲宾馆', '深圳会展中心希尔顿酒店']) {
    const h = await secretary.post(`/events/${id}/hotels`, { name, address: '深圳市福田区', email: 'frontdesk@hotel.example' });
    assert.equal(h.status, 201, JSON.stringify(h.body));
    const b = await secretary.put(`/events/${id}/hotels/${h.body.id}/blocks`, {
      roomType: 'twin',
      from: prev(day1),
      to: day1,
      rooms: 8,
      priceFen: 58000,
      releaseOn: prev(prev(day1)),
    });
    assert.ok(b.status < 300, JSON.stringify(b.body));
  }
  const sheetPage = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, sheetPage, 'cs_assistant');
  await sheetPage.goto(`${e.base}/events/${id}?tab=hotels`);
  await sheetPage.getByRole('button', { name: '自动排房' }).click();
  await sheetPage
    .getByText(/已安排 \d+ 位宾客/)
    .filter({ visible: true })
    .first()
    .waitFor();
  const rooming = await secretary.get(`/events/${id}/rooming`);
  const hotelsUsed = new Set((rooming.rooms as { hotelId: string }[]).map((r) => r.hotelId));
  assert.equal(rooming.unroomed.length, 0, 'every out-of-town guest roomed');
  assert.equal(hotelsUsed.size, 2, 'in two hotels');
  await sheetPage.keyboard.press('Escape');
  await sheetPage.getByRole('button', { name: '打印入住计划' }).first().click();
  await sheetPage.getByTestId('plan-table').waitFor();
  assert.ok((await sheetPage.locator('[data-testid="plan-table"] tbody tr').count()) > 0);

  // ---- Transport: two vehicles; the arrivals become two pick-ups; the driver's dispatch sheet.
  const driver = await signedInApi(e, 'security');
  for (const v of [
    { plate: '粤B·D8621', type: 'minibus', seats: 33, driverName: '刘师傅', driverPhone: '13902221111' },
    { plate: '粤B·A3579', type: 'minibus', seats: 33, driverName: '陈师傅', driverPhone: '13902222222' },
  ])
    assert.equal((await driver.post(`/events/${id}/vehicles`, v)).status, 201);
  const tp = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, tp, 'security');
  await tp.goto(`${e.base}/events/${id}?tab=transport`);
  await tp.getByTestId('suggest-pickups').click();
  await tp.getByTestId('suggest-table').waitFor();
  await tp.getByTestId('suggest-create').click();
  await tp
    .locator('.ant-message')
    .getByText(/已创建/)
    .waitFor();
  const transport = await driver.get(`/events/${id}/transport`);
  const pickups = (transport.transfers as { kind: string; passengers: unknown[] }[]).filter((t) => t.kind === 'pickup');
  assert.equal(pickups.length, 2, 'two pick-ups by arrival time');
  assert.equal(
    pickups.reduce((n, t) => n + t.passengers.length, 0),
    counts.hotelNeeded ?? pickups.reduce((n, t) => n + t.passengers.length, 0),
  );
  await tp.getByTestId('sheet-粤B·D8621').click();
  await tp.getByTestId('dispatch-sheet').waitFor();
  assert.match((await tp.getByTestId('dispatch-sheet').textContent()) ?? '', /派车单/);

  // ---- Catering: the lunch count follows the registrations.
  const waiter = await signedInApi(e, 'meeting_staff');
  assert.ok((await waiter.post(`/events/${id}/catering/defaults`, {})).status < 300);
  const lunch = () =>
    waiter
      .get(`/events/${id}/catering`)
      .then((c) => (c.meals as { day: string; kind: string; registered: number }[]).find((m) => m.day === day1 && m.kind === 'lunch')!);
  assert.equal((await lunch()).registered, 40);
  await desk.getByTestId('event-tab-catering').click();
  await desk.getByTestId('meal-planned').first().waitFor();

  // ---- The budget: lines, submitted; the general manager approves with a signature; actuals; the variance.
  let budget = await lead.get(`/events/${id}/budget`);
  if (!budget.versions.length) budget = (await lead.post(`/events/${id}/budget/versions`, {})).body;
  const draft = budget.versions.at(-1);
  const put = await lead.put(`/events/${id}/budget/versions/${draft.id}/lines`, {
    rowVersion: draft.rowVersion,
    lines: [
      { category: 'venue', name: '场地费', basis: 'per_day', unitFen: 1200000, quantity: 1 },
      { category: 'accommodation', name: '住宿', basis: 'per_night', unitFen: 58000, quantity: 1 },
      { category: 'catering', name: '午餐', basis: 'per_guest', unitFen: 8000, quantity: 2 },
      { category: 'printing', name: '会议手册', basis: 'per_guest', unitFen: 1800, quantity: 1 },
    ],
  });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  assert.equal((await lead.post(`/events/${id}/budget/versions/${draft.id}/submit`, {})).status, 200);
  const gm = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, gm, 'general_manager');
  await gm.goto(`${e.base}/events/${id}?tab=budget`);
  await gm.getByTestId('budget-approve').click();
  await drawSignature(gm);
  await gm.getByTestId('budget-version-status').getByText('已批准').waitFor();
  assert.equal(
    (
      await lead.post(`/events/${id}/budget/actuals`, {
        category: 'printing',
        name: '会议手册印刷',
        amountFen: 98000,
        invoiceRef: 'FP-001',
        spentOn: day1,
      })
    ).status,
    201,
  );
  budget = await lead.get(`/events/${id}/budget`);
  assert.equal(budget.approvedVersion, 1);
  assert.ok(budget.totals.actualFen >= 98000);
  await gm.reload();
  await gm.getByTestId('budget-variance').getByText('印刷').first().waitFor();

  // ---- After: the event runs and ends; the summary is drawn up and filed; the organizer confirms the fee statement.
  for (const status of ['ready', 'running']) {
    const cur = await lead.get(`/events/${id}`);
    assert.equal((await lead.patch(`/events/${id}`, { status, version: cur.version })).status, 200);
  }
  const stmt = await lead.post(`/events/${id}/fee-statement`, { issue: true });
  assert.ok([200, 201].includes(stmt.status), JSON.stringify(stmt.body));
  const statement = stmt.body.statement as { id: string; status: string; totalFen: number };
  assert.equal(statement.status, 'issued');
  const organizer = await signedInApi(e, 'organizer');
  const confirmed = await organizer.post(`/fee-statements/${statement.id}/confirm`, { signerName: '张晓东' });
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  assert.equal(confirmed.body.status, 'confirmed');
  const drawn = await lead.post(`/events/${id}/summary/draw`, {});
  assert.ok(drawn.status < 300, JSON.stringify(drawn.body));
  const filed = await lead.post(`/events/${id}/summary/file`, { version: drawn.body.version });
  assert.equal(filed.status, 200, JSON.stringify(filed.body));
  assert.equal((await lead.get(`/events/${id}`)).status, 'closed');
  await desk.goto(`${e.base}/events/${id}/summary-print`);
  await desk.getByText('会务工作总结').first().waitFor();
  await desk.getByText('40').first().waitFor();
  for (const c of [lead, dispatcher, bureau, secretary, driver, waiter, organizer]) await c.close();
});
