import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq, like } from 'drizzle-orm';
import { createTestApp, makeProperty, problem, ok, uniq, TestClock, type TestApp, type Fixture, type Session } from '../../test/helpers.ts';
import { juneAt, makeMeetingVenues, roster } from '../../test/builders.ts';
import { auditEvents, jobs, notifications, organizations } from '../../db/schema/index.ts';
import { feeReminder, FEE_REMINDER_JOB } from './fees/fees.service.ts';
import { yuan } from '@hy/contracts';
import { venueFee, statementLines } from './fees/fees.rules.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let fx: Fixture;
const v: Record<'hall' | 'room', string> = {} as never;
type Who =
  'dispatcher' | 'bureau' | 'assistant' | 'organizer' | 'otherOrganizer' | 'staff' | 'staff2' | 'av' | 'cleaner' | 'admin' | 'security';
const team = roster<Who>();
const { s, ids, user, relogin } = team;

const PRICES = {
  venue: [
    {
      venueClass: 'C',
      bands: [
        { upToHours: 4, fen: 800_000 },
        { upToHours: 8, fen: 1_500_000 },
      ],
      extraHourFen: 200_000,
    },
    {
      venueClass: 'A',
      bands: [
        { upToHours: 4, fen: 60_000 },
        { upToHours: 8, fen: 100_000 },
      ],
      extraHourFen: 15_000,
    },
  ],
  items: [
    { code: 'water.bottled', name: '瓶装水', unit: '瓶', fen: 300, kind: 'consumable' },
    { code: 'tech.battery', name: '话筒电池', unit: '节', fen: 550, kind: 'technical' },
  ],
};

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  team.on(t.app, fx.propertyId);
  const db = t.database.db;
  Object.assign(v, await makeMeetingVenues(db, fx));
  const [other] = await db
    .insert(organizations)
    .values({ propertyId: fx.propertyId, name: uniq('他单位') })
    .returning();
  await user('dispatcher', ['dispatcher']);
  await user('bureau', ['bureau_approver']);
  await user('assistant', ['cs_assistant']);
  await user('organizer', ['organizer'], { organizationId: fx.organizationId });
  await user('otherOrganizer', ['organizer'], { organizationId: other!.id });
  await user('staff', ['meeting_staff']);
  await user('staff2', ['meeting_staff']);
  await user('av', ['av_tech']);
  await user('cleaner', ['cleaner']);
  await user('admin', ['admin']);
  await user('security', ['security']);
});
after(async () => t.close());

async function meeting(over: Record<string, unknown> = {}) {
  const body = {
    propertyId: fx.propertyId,
    venueId: v.hall,
    startAt: juneAt('04', '14:00'),
    endAt: juneAt('04', '17:00'),
    attendeeCount: 600,
    topic: '全市经济工作会议',
    organizationId: fx.organizationId,
    contactName: '张晓东',
    contactPhone: '0755-28301102',
    importance: 'important',
    application: { applicantUnit: '市发改委', purpose: '全市经济工作会议' },
    services: [{ code: 'microphones', qty: 6 }, { code: 'recording' }],
    ...over,
  };
  let b = ok(await s.dispatcher.post('/api/v1/bookings', body), 201);
  if (b.status === 'requested') b = ok(await s.bureau.post(`/api/v1/bookings/${b.id}/approve`, {}));
  const res = await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id });
  return (res.statusCode === 201 ? res.json() : ok(res)).id as string;
}
const auditOf = (entityId: string, action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));
const notesOf = (userId: string, kind: string) =>
  t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

let hallNotice: string;
let roomNotice: string;

test('fee rules: venue fee by class and duration band, extra hours, unknown codes', () => {
  const list = PRICES as never;
  const cases: [string, number, number | null][] = [
    ['C', 180, 800_000],
    ['C', 240, 800_000],
    ['C', 241, 1_500_000],
    ['C', 480, 1_500_000],
    ['C', 481, 1_700_000],
    ['C', 600, 1_900_000],
    ['A', 60, 60_000],
    ['B', 60, null],
  ];
  for (const [cls, minutes, fen] of cases)
    assert.equal(venueFee(list, { venueClass: cls, venueType: 'x' }, minutes)?.fen ?? null, fen, `${cls} ${minutes}`);
  const typed = {
    ...PRICES,
    venue: [{ venueClass: 'C', venueType: 'main_hall', bands: [{ upToHours: 4, fen: 1 }], extraHourFen: 0 }, ...PRICES.venue],
  };
  assert.equal(venueFee(typed as never, { venueClass: 'C', venueType: 'main_hall' }, 60)!.fen, 1);
  const out = statementLines(list, {
    venue: { name: 'x', venueClass: 'C', venueType: 'y' },
    minutes: 120,
    items: [
      { code: 'water.bottled', qty: 10 },
      { code: 'nope', qty: 1 },
    ],
    purchases: [{ id: 'p', number: 'CG1', totalFen: 12_345, invoiceRef: 'INV9' }],
    extra: [],
  });
  assert.deepEqual(out.unknown, ['nope']);
  assert.deepEqual(
    out.lines.map((l) => [l.kind, l.amountFen]),
    [
      ['venue', 800_000],
      ['consumable', 3000],
      ['purchase', 12_345],
    ],
  );
  assert.deepEqual([yuan(123_450), yuan(5), yuan(0)], ['1234.50', '0.05', '0.00']);
});

test('fee statement: price list, draft from it with purchases, organizer confirms online, payments, print and .xlsx', async () => {
  hallNotice = await meeting();
  // No price list yet → 422; bad price list → 400 with fields; only the admin sets it.
  problem(await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, {}), 422, 'no_price_list');
  const bad = problem(
    await s.admin.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, {
      venue: [{ venueClass: 'Z', bands: [], extraHourFen: -1 }],
      items: [],
    }),
    400,
    'validation_failed',
  );
  assert.ok(bad.fields!.some((f) => f.path.startsWith('venue.0')));
  problem(await s.assistant.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, PRICES), 403, 'forbidden');
  ok(await s.admin.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, PRICES));

  // A proxy purchase 《会议采购通知单》, bought with its invoice: it becomes a line of the statement.
  const p = ok(
    await s.assistant.post(`/api/v1/service-notices/${hallNotice}/purchases`, {
      items: [
        { kind: 'flowers', name: '台花', qty: 4, unit: '盆', unitFen: 8000 },
        { kind: 'banner', name: '会标', qty: 1, unit: '条', unitFen: 45_000 },
      ],
    }),
    201,
  );
  assert.match(p.number, /^HY-CG-2026-\d{6}$/);
  assert.equal(p.totalFen, 77_000);
  ok(
    await s.assistant.post(`/api/v1/meeting-purchases/${p.id}/complete`, { status: 'purchased', totalFen: 76_500, invoiceRef: 'FP-0001' }),
  );
  problem(await s.assistant.post(`/api/v1/meeting-purchases/${p.id}/complete`, { status: 'cancelled' }), 409, 'purchase_state');

  problem(
    await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, { items: [{ code: 'gold.bar', qty: 1 }] }),
    422,
    'unknown_price_item',
  );
  problem(
    await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, { items: [{ code: 'water.bottled', qty: -2 }] }),
    400,
    'validation_failed',
  );
  const draft = ok(
    await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, {
      items: [
        { code: 'water.bottled', qty: 600 },
        { code: 'tech.battery', qty: 4 },
      ],
    }),
    201,
  );
  assert.match(draft.number, /^HY-FY-2026-\d{6}$/);
  assert.deepEqual(
    draft.lines.map((l: any) => [l.kind, l.amountFen]),
    [
      ['venue', 800_000],
      ['consumable', 180_000],
      ['technical_loss', 2200],
      ['purchase', 76_500],
    ],
  );
  assert.equal(draft.totalFen, 1_058_700);
  assert.equal(draft.total, '10587.00');
  assert.deepEqual(draft.invoiceRefs, ['FP-0001']);
  // Recompute while a draft, with the version it was read at; a stale version → 409.
  const again = ok(
    await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, {
      items: [{ code: 'water.bottled', qty: 500 }],
      invoiceRefs: ['FP-0002'],
      version: draft.version,
    }),
  );
  assert.equal(again.totalFen, 800_000 + 150_000 + 76_500);
  problem(
    await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, { items: [], version: draft.version }),
    409,
    'conflict',
  );

  // The organizer sees nothing while a draft; other units never; cleaners are not allowed.
  problem(await s.organizer.get(`/api/v1/fee-statements/${draft.id}`), 404, 'not_found');
  problem(await s.cleaner.get(`/api/v1/fee-statements/${draft.id}`), 403, 'forbidden');
  ok(await s.assistant.post(`/api/v1/fee-statements/${draft.id}/issue`));
  problem(await s.assistant.post(`/api/v1/fee-statements/${draft.id}/issue`), 409, 'fee_statement_state');
  problem(await s.assistant.post(`/api/v1/service-notices/${hallNotice}/fee-statement`, { items: [] }), 409, 'fee_statement_state');
  assert.equal((await notesOf(ids.organizer!, 'meetings.fee_statement_issued')).length, 1);
  assert.equal((await notesOf(ids.otherOrganizer!, 'meetings.fee_statement_issued')).length, 0);
  problem(await s.otherOrganizer.get(`/api/v1/fee-statements/${draft.id}`), 404, 'not_found');
  problem(await s.otherOrganizer.post(`/api/v1/fee-statements/${draft.id}/confirm`, {}), 404, 'not_found');
  assert.deepEqual(ok(await s.otherOrganizer.get(`/api/v1/fee-statements?propertyId=${fx.propertyId}`)).data, []);
  const seen = ok(await s.organizer.get(`/api/v1/fee-statements/${draft.id}`));
  assert.equal(seen.policies.confirm, true);
  assert.equal(seen.policies.pay, false);
  assert.equal(ok(await s.organizer.get(`/api/v1/fee-statements?propertyId=${fx.propertyId}`)).data.length, 1);

  const confirmed = ok(await s.organizer.post(`/api/v1/fee-statements/${draft.id}/confirm`, {}));
  assert.deepEqual([confirmed.status, confirmed.confirmedVia], ['confirmed', 'online']);
  problem(await s.organizer.post(`/api/v1/fee-statements/${draft.id}/confirm`, {}), 409, 'fee_statement_state');
  problem(await s.organizer.post(`/api/v1/fee-statements/${draft.id}/payments`, { amountFen: 100 }), 403, 'forbidden');

  // Payments: partial, then concurrent ones never exceed the total, overpayment refused.
  const total = confirmed.totalFen as number;
  const part = ok(await s.assistant.post(`/api/v1/fee-statements/${draft.id}/payments`, { amountFen: 26_500, reference: 'YH-1' }));
  assert.deepEqual([part.paymentStatus, part.dueFen], ['partial', total - 26_500]);
  problem(await s.assistant.post(`/api/v1/fee-statements/${draft.id}/payments`, { amountFen: total }), 422, 'overpayment');
  const half = (total - 26_500) / 2;
  const results = await Promise.all(
    [1, 2, 3].map(() => s.assistant.post(`/api/v1/fee-statements/${draft.id}/payments`, { amountFen: half })),
  );
  assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 200, 422]);
  const paid = ok(await s.assistant.get(`/api/v1/fee-statements/${draft.id}`));
  assert.deepEqual([paid.paymentStatus, paid.paidFen, paid.payments.length], ['paid', total, 3]);

  // Printable JSON and .xlsx, both audited.
  const form = ok(await s.organizer.get(`/api/v1/fee-statements/${draft.id}/print`));
  assert.equal(form.form, '会议大厦会议费用确认单');
  assert.equal(form.rows.length, 3);
  assert.equal(form.signature.via, 'online');
  const x = await s.assistant.get(`/api/v1/fee-statements/${draft.id}/print?format=xlsx`);
  assert.equal(x.statusCode, 200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
  const cells = wb.worksheets[0]!.getSheetValues().flat().map(String);
  assert.ok(cells.includes('瓶装水') && cells.includes(form.total));
  assert.equal((await auditOf(draft.id, 'fee_statement.exported')).length, 1);
  assert.equal((await auditOf(draft.id, 'fee_statement.printed')).length, 1);
  assert.ok(
    (await auditOf(draft.id, 'fee_statement.confirmed')).length === 1 &&
      (await auditOf(draft.id, 'fee_statement.payment_recorded')).length === 3,
  );
});

test('fee statement: a paper signature recorded by staff; unpaid statements are chased by a durable, idempotent reminder', async () => {
  roomNotice = await meeting({
    venueId: v.room,
    startAt: juneAt('03', '10:00'),
    endAt: juneAt('03', '12:00'),
    attendeeCount: 20,
    topic: '内部协调会',
    confidentiality: 'confidential',
    application: undefined,
  });
  const st = ok(await s.assistant.post(`/api/v1/service-notices/${roomNotice}/fee-statement`, {}), 201);
  assert.equal(st.totalFen, 60_000);
  problem(await s.assistant.post(`/api/v1/fee-statements/${st.id}/confirm`, { signerName: '王主任' }), 409, 'fee_statement_state');
  problem(await s.assistant.post(`/api/v1/fee-statements/${st.id}/payments`, { amountFen: 100 }), 409, 'fee_statement_state');
  ok(await s.assistant.post(`/api/v1/fee-statements/${st.id}/issue`));
  const [job] = await t.database.db
    .select()
    .from(jobs)
    .where(eq(jobs.uniqueKey, `${FEE_REMINDER_JOB}:${st.id}:0`));
  assert.equal(job!.runAt.toISOString(), new Date(clock.now().getTime() + 7 * 86_400_000).toISOString());
  problem(await s.assistant.post(`/api/v1/fee-statements/${st.id}/confirm`, {}), 400, 'validation_failed');
  const c = ok(
    await s.assistant.post(`/api/v1/fee-statements/${st.id}/confirm`, { signerName: '王主任', signedAt: juneAt('03', '15:00') }),
  );
  assert.deepEqual([c.confirmedVia, c.signerName, c.confirmedAt], ['paper', '王主任', new Date(juneAt('03', '15:00')).toISOString()]);

  const later = new Date(job!.runAt);
  assert.equal(await feeReminder(t.database.db, job!.payload, later), true);
  assert.equal(await feeReminder(t.database.db, job!.payload, later), false, 'a rerun of the same round does nothing');
  assert.equal((await notesOf(ids.organizer!, 'meetings.fee_reminder')).length, 1);
  assert.equal((await notesOf(ids.assistant!, 'meetings.fee_reminder')).length, 1);
  const next = await t.database.db
    .select()
    .from(jobs)
    .where(like(jobs.uniqueKey, `${FEE_REMINDER_JOB}:${st.id}:%`));
  assert.equal(next.length, 2);
  ok(await s.assistant.post(`/api/v1/fee-statements/${st.id}/payments`, { amountFen: 60_000 }));
  assert.equal(
    await feeReminder(t.database.db, { statementId: st.id, round: 1 }, new Date(later.getTime() + 7 * 86_400_000)),
    false,
    'paid: the chain ends',
  );
  const unpaid = ok(await s.assistant.get(`/api/v1/fee-statements?propertyId=${fx.propertyId}&unpaid=true`)).data;
  assert.equal(unpaid.length, 0);
});

const tasksOf = async (noticeId: string, department: string) =>
  ok(await s.assistant.get(`/api/v1/service-notices/${noticeId}`)).departments.find((d: any) => d.department === department).tasks as {
    id: string;
    dueAt: string;
  }[];

test('staffing: records with background check and 授权上岗, rosters at seed hours with holiday overtime, assignments with warnings, confidential meetings', async () => {
  const profile = (who: Session, userId: string, body: Record<string, unknown>) =>
    who.put(`/api/v1/staff/${userId}/profile`, { propertyId: fx.propertyId, ...body });
  problem(await profile(s.dispatcher, ids.staff!, {}), 403, 'forbidden');
  problem(await profile(s.admin, ids.organizer!, {}), 400, 'validation_failed');
  problem(await profile(s.admin, ids.staff!, { confidentialAuthorised: true }), 422, 'background_check_missing');
  problem(
    await profile(s.admin, ids.staff!, {
      confidentialAuthorised: true,
      backgroundCheckNo: 'WF-2026-001',
      backgroundCheckUntil: '2026-05-31',
    }),
    422,
    'background_check_missing',
  );
  const p = ok(
    await profile(s.admin, ids.staff!, {
      post: '会议服务员',
      trainings: [{ name: '保密教育', date: '2026-05-20' }],
      confidentialAuthorised: true,
      backgroundCheckNo: 'WF-2026-001',
      backgroundCheckUntil: '2027-05-31',
    }),
  );
  assert.deepEqual([p.confidentialAuthorised, p.authorisedBy], [true, ids.admin]);
  const staffList = ok(await s.assistant.get(`/api/v1/staff?propertyId=${fx.propertyId}`)).data;
  assert.ok(
    staffList.some((x: any) => x.id === ids.staff && x.profile?.confidentialAuthorised) &&
      !staffList.some((x: any) => x.id === ids.organizer),
  );

  // Rosters: Mon–Fri at 8:00–18:00 (meeting staff) and 7:30–17:30 (cleaners); a Saturday shift is overtime.
  const gen = ok(
    await s.assistant.post('/api/v1/staff-rosters/generate', {
      propertyId: fx.propertyId,
      userIds: [ids.staff, ids.cleaner],
      from: '2026-06-01',
      to: '2026-06-07',
    }),
  );
  assert.deepEqual(gen, { created: 10, skipped: 0 });
  assert.deepEqual(
    ok(
      await s.assistant.post('/api/v1/staff-rosters/generate', {
        propertyId: fx.propertyId,
        userIds: [ids.staff],
        from: '2026-06-01',
        to: '2026-06-07',
      }),
    ),
    { created: 0, skipped: 5 },
  );
  problem(
    await s.assistant.post('/api/v1/staff-rosters/generate', {
      propertyId: fx.propertyId,
      userIds: [ids.admin],
      from: '2026-06-01',
      to: '2026-06-07',
    }),
    400,
    'validation_failed',
  );
  const sat = ok(
    await s.assistant.post('/api/v1/staff-shifts', {
      propertyId: fx.propertyId,
      userId: ids.staff,
      startsAt: juneAt('06', '08:00'),
      endsAt: juneAt('06', '12:00'),
    }),
    201,
  );
  assert.equal(sat.overtime, true);
  problem(
    await s.assistant.post('/api/v1/staff-shifts', {
      propertyId: fx.propertyId,
      userId: ids.staff,
      startsAt: juneAt('06', '12:00'),
      endsAt: juneAt('06', '08:00'),
    }),
    400,
    'validation_failed',
  );
  const shifts = ok(
    await s.assistant.get(
      `/api/v1/staff-shifts?propertyId=${fx.propertyId}&from=${encodeURIComponent(juneAt('01', '00:00'))}&to=${encodeURIComponent(juneAt('08', '00:00'))}`,
    ),
  );
  const cleanerShift = shifts.data.find((x: any) => x.userId === ids.cleaner);
  assert.equal(new Date(cleanerShift.startsAt).toISOString(), new Date(juneAt('01', '07:30')).toISOString());
  assert.deepEqual(
    shifts.totals.find((x: any) => x.userId === ids.staff),
    { userId: ids.staff, name: shifts.totals.find((x: any) => x.userId === ids.staff).name, hours: 54, overtimeHours: 4 },
  );

  // The confidential meeting: only authorised staff may be assigned; unassigned staff do not see it.
  const roomTask = (await tasksOf(roomNotice, 'meeting_staff'))[0]!;
  problem(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff2 }), 422, 'staff_not_authorised');
  problem(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.av }), 422, 'staff_wrong_department');
  problem(await s.staff.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff }), 404, 'not_found'); // not assigned yet: the meeting does not exist for them (M12)
  problem(await s.staff.get(`/api/v1/service-notices/${roomNotice}`), 404, 'not_found');
  const day3 = `propertyId=${fx.propertyId}&from=${encodeURIComponent(juneAt('02', '00:00'))}&to=${encodeURIComponent(juneAt('04', '00:00'))}`;
  const listed = async (who: typeof s.staff) => {
    const board = ok(await who.get(`/api/v1/tasks?${day3}&department=meeting_staff`));
    return {
      notices: ok(await who.get(`/api/v1/service-notices?${day3}`)).data.filter((x: any) => x.id === roomNotice),
      tasks: board.data.filter((x: any) => x.noticeId === roomNotice),
      meeting: board.meetings[roomNotice] ?? null,
    };
  };
  assert.deepEqual(await listed(s.staff), { notices: [], tasks: [], meeting: null });
  const a = ok(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff }), 201);
  problem(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff }), 409, 'duplicate');
  assert.ok(Array.isArray(a.warnings));
  ok(await s.staff.get(`/api/v1/service-notices/${roomNotice}`));
  // Lists: the assigned, authorised staff member now sees it with its name; others still do not; the service center always does.
  const mine = await listed(s.staff);
  assert.deepEqual(
    mine.notices.map((x: any) => [x.meetingName, x.confidentiality]),
    [['内部协调会', 'confidential']],
  );
  assert.ok(mine.tasks.length > 0 && mine.meeting.name === '内部协调会');
  assert.deepEqual(await listed(s.staff2), { notices: [], tasks: [], meeting: null });
  assert.equal((await listed(s.assistant)).notices.length, 1);
  problem(await s.staff2.get(`/api/v1/service-notices/${roomNotice}`), 404, 'not_found');
  problem(await s.staff2.get(`/api/v1/service-notices/${roomNotice}/print`), 404, 'not_found');
  assert.ok((await auditOf(roomNotice, 'service_notice.viewed')).some((e) => e.actorId === ids.staff));
  assert.equal((await auditOf(hallNotice, 'service_notice.viewed')).length, 0);

  // Warnings: none inside the shift; outside_shift for someone without a roster; double_assignment for an overlapping meeting.
  const inShift = (await tasksOf(hallNotice, 'meeting_staff')).find(
    (x) => new Date(x.dueAt) >= new Date(juneAt('04', '08:00')) && new Date(x.dueAt) < new Date(juneAt('04', '18:00')),
  )!;
  assert.ok(inShift);
  assert.deepEqual(ok(await s.assistant.post(`/api/v1/tasks/${inShift.id}/assignments`, { userId: ids.staff }), 201).warnings, []);
  assert.deepEqual(ok(await s.assistant.post(`/api/v1/tasks/${inShift.id}/assignments`, { userId: ids.staff2 }), 201).warnings, [
    'outside_shift',
  ]);
  const third = await meeting({
    venueId: v.room,
    startAt: juneAt('04', '15:00'),
    endAt: juneAt('04', '16:00'),
    attendeeCount: 10,
    topic: '碰头会',
    application: undefined,
  });
  const thirdTask = (await tasksOf(third, 'meeting_staff')).find((x) => new Date(x.dueAt) >= new Date(juneAt('04', '08:00')))!;
  const dbl = ok(await s.assistant.post(`/api/v1/tasks/${thirdTask.id}/assignments`, { userId: ids.staff }), 201);
  assert.ok(dbl.warnings.includes('double_assignment'));
  assert.ok(dbl.conflicts.length >= 1);
  ok(await s.assistant.del(`/api/v1/tasks/${thirdTask.id}/assignments/${ids.staff}`));
  problem(await s.assistant.del(`/api/v1/tasks/${thirdTask.id}/assignments/${ids.staff}`), 404, 'not_found');
  assert.equal(ok(await s.assistant.get(`/api/v1/service-notices/${hallNotice}/assignments`)).data.length, 2);
});

test('materials: warehouse stock, concurrent checkouts and returns never break counts, losses charged to the fee statement', async () => {
  const notice = await meeting({
    venueId: v.room,
    startAt: juneAt('05', '09:00'),
    endAt: juneAt('05', '10:00'),
    attendeeCount: 10,
    topic: '材料测试会',
    application: undefined,
  });
  const item = { propertyId: fx.propertyId, code: 'bat.aa', name: '5号电池', unit: '节', stock: 10, lossFen: 550, technical: true };
  problem(await s.staff.post('/api/v1/warehouse-items', item), 403, 'forbidden');
  const it = ok(await s.assistant.post('/api/v1/warehouse-items', item), 201);
  problem(await s.assistant.post('/api/v1/warehouse-items', item), 409, 'duplicate');
  const base = `/api/v1/service-notices/${notice}/materials`;
  problem(await s.staff.post(`${base}/checkout`, { itemId: it.id, qty: -1 }), 400, 'validation_failed');
  problem(await s.staff.post(`${base}/checkout`, { itemId: it.id, qty: 11 }), 422, 'insufficient_stock');
  const outs = await Promise.all(Array.from({ length: 8 }, () => s.staff.post(`${base}/checkout`, { itemId: it.id, qty: 2 })));
  assert.deepEqual(outs.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 422, 422, 422]);
  assert.equal(ok(await s.staff.get(`/api/v1/warehouse-items?propertyId=${fx.propertyId}`)).data.find((x: any) => x.id === it.id).stock, 0);

  problem(await s.av.post(`${base}/return`, { itemId: it.id, returned: 11 }), 422, 'return_exceeds_checkout');
  problem(await s.av.post(`${base}/return`, { itemId: it.id, returned: -1, lost: 2 }), 400, 'validation_failed');
  problem(await s.av.post(`${base}/return`, { itemId: it.id }), 400, 'validation_failed');
  ok(await s.av.post(`${base}/return`, { itemId: it.id, returned: 6, lost: 2 }));
  const backs = await Promise.all(Array.from({ length: 4 }, () => s.av.post(`${base}/return`, { itemId: it.id, returned: 1 })));
  assert.deepEqual(backs.map((r) => r.statusCode).sort(), [200, 200, 422, 422]);
  const [m] = ok(await s.staff.get(base)).data;
  assert.deepEqual([m.checkedOut, m.returned, m.lost, m.outstanding, m.lossFen], [10, 8, 2, 0, 1100]);
  assert.equal(ok(await s.staff.get(`/api/v1/warehouse-items?propertyId=${fx.propertyId}`)).data.find((x: any) => x.id === it.id).stock, 8);
  ok(await s.assistant.post(`/api/v1/warehouse-items/${it.id}/restock`, { qty: 2 }));

  const st = ok(await s.assistant.post(`/api/v1/service-notices/${notice}/fee-statement`, {}), 201);
  assert.deepEqual(
    st.lines.map((l: any) => [l.kind, l.qty, l.amountFen]),
    [
      ['venue', 1, 60_000],
      ['technical_loss', 2, 1100],
    ],
  );
  assert.equal(st.totalFen, 61_100);
});

test('after the meeting: checklist and equipment count, hand-overs, lost property found → stored → returned', async () => {
  const put = (who: Session, body: unknown) => who.put(`/api/v1/service-notices/${hallNotice}/after-check`, body);
  const defaults = ok(await s.staff.get(`/api/v1/service-notices/${hallNotice}/after`));
  assert.equal(defaults.check.version, 0);
  assert.deepEqual(
    defaults.check.equipment.map((e: any) => [e.name, e.expected]),
    [
      ['话筒（麦克风）', 6],
      ['话筒电池', 12],
      ['录音设备', 1],
    ],
  );
  problem(await put(s.staff, { cleanup: defaults.check.cleanup, equipment: [] }), 422, 'meeting_state');
  clock.set(juneAt('04', '17:30'));
  await relogin();
  problem(await put(s.security, { cleanup: [], equipment: [] }), 403, 'forbidden');
  problem(await put(s.staff, { cleanup: [{ item: '', done: 'yes' }], equipment: [] }), 400, 'validation_failed');
  const rec = ok(
    await put(s.staff, {
      cleanup: defaults.check.cleanup.map((c: any) => ({ ...c, done: true })),
      equipment: [
        { name: '话筒（麦克风）', expected: 6, counted: 5, note: '一支未归还' },
        { name: '话筒电池', expected: 12, counted: 12 },
      ],
      version: 0,
    }),
  );
  assert.deepEqual([rec.shortages, rec.version, rec.equipment[0].shortage], [1, 1, 1]);
  assert.equal((await notesOf(ids.av!, 'meetings.equipment_shortage')).length, 1);
  problem(await put(s.staff, { cleanup: [], equipment: [], version: 0 }), 409, 'conflict');

  const h = ok(
    await s.av.post(`/api/v1/service-notices/${hallNotice}/handovers`, {
      kind: 'recording',
      description: '会议录音 U 盘',
      recipientKind: 'organizer',
      recipientName: '张晓东',
    }),
    201,
  );
  assert.equal(h.quantity, 1);
  assert.equal((await notesOf(ids.organizer!, 'meetings.handover')).length, 1);
  problem(
    await s.av.post(`/api/v1/service-notices/${hallNotice}/handovers`, {
      kind: 'tape',
      description: 'x',
      recipientKind: 'me',
      recipientName: '',
    }),
    400,
    'validation_failed',
  );

  const lost = ok(
    await s.cleaner.post('/api/v1/lost-items', {
      propertyId: fx.propertyId,
      noticeId: hallNotice,
      item: '黑色公文包',
      foundPlace: '主会场第3排',
      foundAt: juneAt('04', '17:20'),
      foundBy: '李清洁',
    }),
    201,
  );
  assert.match(lost.number, /^SY-2026-\d{6}$/);
  assert.equal(lost.status, 'found');
  assert.equal((await notesOf(ids.organizer!, 'meetings.lost_item')).length, 1);
  problem(await s.cleaner.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '失主' }), 400, 'validation_failed');
  ok(await s.staff.post(`/api/v1/lost-items/${lost.id}/store`, { storedPlace: '会堂中心' }));
  problem(await s.staff.post(`/api/v1/lost-items/${lost.id}/store`, { storedPlace: '会堂中心' }), 409, 'lost_item_state');
  const back = ok(await s.dispatcher.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '陈先生', ownerSignature: '陈某' }));
  assert.deepEqual([back.status, back.handedTo, back.ownerSignature], ['returned', '陈先生', '陈某']);
  problem(await s.dispatcher.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: 'x', ownerSignature: 'y' }), 409, 'lost_item_state');
  problem(await s.organizer.get(`/api/v1/lost-items?propertyId=${fx.propertyId}`), 403, 'forbidden');
  const all = ok(await s.staff.get(`/api/v1/service-notices/${hallNotice}/after`));
  assert.deepEqual([all.lostItems.length, all.handovers.length, all.check.shortages], [1, 1, 1]);
  const x = await s.dispatcher.get(`/api/v1/lost-items?propertyId=${fx.propertyId}&format=xlsx`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.equal((await auditOf(lost.id, 'lost_item.returned')).length, 1);
});

async function xlsx(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (who: Session, notice: string, buf: Buffer) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/service-notices/${notice}/attendees/import`,
    payload: buf,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrf,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });

test('attendees: manual add, .xlsx import all-or-nothing with errors per row, QR sign-in with live count, agenda and handbook', async () => {
  const base = `/api/v1/service-notices/${hallNotice}`;
  ok(await s.organizer.post(`${base}/attendees`, { name: '刘主任', organization: '市发改委', phone: '13800000001', seat: 'A1' }), 201);
  problem(await s.otherOrganizer.post(`${base}/attendees`, { name: 'x' }), 404, 'not_found');
  problem(await s.security.get(`${base}/attendees`), 403, 'forbidden');
  problem(await s.staff.post(`${base}/attendees`, { name: '', phone: 'abc' }), 400, 'validation_failed');

  const badFile = await xlsx([
    ['姓名', '单位', '手机', '座位'],
    ['王一', '市财政局', '13800000002', 'A2'],
    ['', '市财政局', '13800000003', ''],
    ['赵二', '', 'bad-phone!', ''],
    ['王一', '', '13800000002', ''],
    ['刘主任', '', '13800000001', ''],
  ]);
  const err = problem(await upload(s.assistant, hallNotice, badFile), 400, 'import_rows_invalid');
  assert.deepEqual(err.rows as number[], [3, 4, 5, 6]);
  assert.ok(err.fields!.some((f) => f.path === 'rows.3.name') && err.fields!.some((f) => f.path === 'rows.4.phone'));
  assert.equal(ok(await s.assistant.get(`${base}/attendees`)).data.length, 1, 'nothing imported');
  problem(await upload(s.assistant, hallNotice, Buffer.from('not a workbook')), 400, 'validation_failed');
  problem(await s.assistant.post(`${base}/attendees/import`, { rows: [] }), 415, 'unsupported_media_type');
  const good = await xlsx([
    ['姓名', '单位', '职务', '手机'],
    ['王一', '市财政局', '科长', '13800000002'],
    ['赵二', '市税务局', '', '13800000003'],
    [],
    ['赵二', '市人社局', '', '13800000004'],
  ]);
  assert.equal(ok(await upload(s.assistant, hallNotice, good), 201).imported, 3);

  // Agenda and handbook; the QR code of the meeting and of one attendee.
  ok(await s.organizer.put(`${base}/page`, { agenda: '14:00 开幕\n14:30 主题报告', handbook: '请提前15分钟入场，手机调至静音。' }));
  const list = ok(await s.assistant.get(`${base}/attendees`));
  assert.deepEqual(list.count, { total: 4, signedIn: 0 });
  const wang = list.data.find((a: any) => a.name === '王一');
  const personal = ok(await s.assistant.get(`${base}/sign-in-code?attendeeId=${wang.id}`));
  assert.match(personal.svgDataUrl, /^data:image\/svg\+xml;base64,/);
  assert.match(personal.pngDataUrl, /^data:image\/png;base64,/);
  const pub = await t.app.inject({ method: 'GET', url: `/api/v1/public/meeting-sign-in/${personal.token}` });
  const page = ok(pub);
  assert.deepEqual([page.attendee.name, page.agenda.startsWith('14:00'), page.needs], ['王一', true, []]);
  const signed = ok(await t.app.inject({ method: 'POST', url: `/api/v1/public/meeting-sign-in/${personal.token}`, payload: {} }));
  assert.deepEqual([signed.alreadySignedIn, signed.count], [false, { total: 4, signedIn: 1 }]);
  assert.equal(
    ok(await t.app.inject({ method: 'POST', url: `/api/v1/public/meeting-sign-in/${personal.token}`, payload: {} })).alreadySignedIn,
    true,
  );

  const desk = ok(await s.assistant.get(`${base}/sign-in-code`));
  const signIn = (body: unknown, token = desk.token) =>
    t.app.inject({ method: 'POST', url: `/api/v1/public/meeting-sign-in/${token}`, payload: body as object });
  problem(await signIn({ name: '赵二' }), 400, 'validation_failed');
  problem(await signIn({ name: '无名氏' }), 404, 'not_found');
  assert.deepEqual(ok(await signIn({ name: '赵二', phone: '13800000004' })).count, { total: 4, signedIn: 2 });
  const tampered = desk.token.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
  problem(await signIn({ name: '刘主任' }, tampered), 404, 'sign_in_token_invalid');
  problem(await signIn({ name: '刘主任' }, 'abc.def.ghi'), 404, 'sign_in_token_invalid');
  ok(await s.assistant.post(`/api/v1/meeting-attendees/${list.data.find((a: any) => a.name === '刘主任').id}/sign-in`));
  assert.deepEqual(ok(await s.organizer.get(`${base}/page`)).count, { total: 4, signedIn: 3 });
  ok(await s.assistant.post(`${base}/sign-in-code/revoke`));
  problem(await signIn({ name: '赵二', phone: '13800000003' }), 404, 'sign_in_token_invalid');
  assert.equal((await auditOf(wang.id, 'meeting_attendee.signed_in')).length, 1);
});

test('confidential meetings: every view of the attendee list is audited', async () => {
  ok(await s.assistant.post(`/api/v1/service-notices/${roomNotice}/attendees`, { name: '保密人员' }), 201);
  ok(await s.assistant.get(`/api/v1/service-notices/${roomNotice}/attendees`));
  ok(await s.organizer.get(`/api/v1/service-notices/${roomNotice}/attendees`));
  const views = await auditOf(roomNotice, 'meeting_attendees.viewed');
  assert.deepEqual(views.map((a) => a.actorId).sort(), [ids.assistant, ids.organizer].sort());
  ok(await s.assistant.get(`/api/v1/service-notices/${hallNotice}/attendees`));
  assert.equal((await auditOf(hallNotice, 'meeting_attendees.viewed')).length, 0);
});
