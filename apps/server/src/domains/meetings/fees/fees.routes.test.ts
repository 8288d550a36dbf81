/** Fees of meeting services (SPEC M7): the price list, fee statements, payments and the reminder job. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { eq, like } from 'drizzle-orm';
import { yuan } from '@hy/contracts';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { MEETING_PRICES, juneAt, meetingsWorld, type MeetingsWorld } from '../../../test/builders.ts';
import { jobs } from '../../../db/schema/index.ts';
import { feeReminder, FEE_REMINDER_JOB } from './fees.service.ts';
import { venueFee, statementLines } from './fees.rules.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorld;

before(async () => (w = await meetingsWorld(clock)));
after(async () => w.t.close());

test('fee rules: venue fee by class and duration band, extra hours, unknown codes', () => {
  const list = MEETING_PRICES as never;
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
    ...MEETING_PRICES,
    venue: [{ venueClass: 'C', venueType: 'main_hall', bands: [{ upToHours: 4, fen: 1 }], extraHourFen: 0 }, ...MEETING_PRICES.venue],
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
  const { fx, s, ids, meeting, auditOf, notesOf } = w;
  const hallNotice = await meeting();
  // No statement yet: 204 (not an error); a stranger to the meeting still gets 404.
  const none = await s.assistant.get(`/api/v1/service-notices/${hallNotice}/fee-statement`);
  assert.equal(none.statusCode, 204);
  assert.equal(none.body, '');
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
  problem(await s.assistant.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, MEETING_PRICES), 403, 'forbidden');
  ok(await s.admin.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, MEETING_PRICES));

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
  const { t, fx, s, ids, confidentialMeeting, notesOf } = w;
  const roomNotice = await confidentialMeeting();
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

test('fee estimate: an organizer sees what a booking would cost before making it; only for the property; none without a price list', async () => {
  const { fx, v, s, setPrices } = w;
  const body = {
    propertyId: fx.propertyId,
    venueId: v.hall,
    startAt: '2026-06-20T09:00:00+08:00',
    endAt: '2026-06-20T14:30:00+08:00',
    attendeeCount: 150,
    services: [
      { code: 'water', kind: 'bottled' },
      { code: 'banner', text: '会标' },
    ],
  };
  await setPrices();
  const e = ok(await s.organizer.post('/api/v1/meeting-fee-estimates', body));
  assert.equal(e.priced, true);
  assert.deepEqual(e.venue, { name: e.venue.name, hours: 5.5, fen: 1_500_000, extraHours: 0 });
  // water priced per attendee; the banner has no price-list item and is not guessed
  assert.deepEqual(
    e.items.map((i: { code: string; qty: number; amountFen: number }) => [i.code, i.qty, i.amountFen]),
    [['water.bottled', 150, 45_000]],
  );
  assert.equal(e.totalFen, 1_545_000);
  // a room of a class the list does not price: not priced, nothing invented
  const room = ok(await s.organizer.post('/api/v1/meeting-fee-estimates', { ...body, venueId: v.room, services: [] }));
  assert.equal(room.priced, room.venue !== null);
  problem(await s.cleaner.post('/api/v1/meeting-fee-estimates', body), 403);
  problem(await s.organizer.post('/api/v1/meeting-fee-estimates', { ...body, venueId: '00000000-0000-4000-8000-000000000000' }), 404);
  problem(await s.organizer.post('/api/v1/meeting-fee-estimates', { ...body, attendeeCount: 0 }), 400, 'validation_failed');
});
