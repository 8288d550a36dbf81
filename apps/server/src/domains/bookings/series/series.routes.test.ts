/** M3: recurring bookings — preview, all-or-nothing creation, bad input, cancelling a series. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, inArray } from 'drizzle-orm';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { bookings } from '../../../db/schema/index.ts';
import { bookingsWorld, START, at, iso, type BookingsWorld } from '../booking/booking.fixture.ts';

const clock = new TestClock(new Date(START));
let w: BookingsWorld;
before(async () => (w = await bookingsWorld(clock)));
after(async () => w.t.close());

const seriesBody = (over: Record<string, unknown> = {}) =>
  w.body({
    venueId: w.v.room,
    startAt: at('08', '14:00'),
    endAt: at('08', '15:00'),
    topic: '每周办公会',
    rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=5',
    ...over,
  });

test('series: preview per occurrence; a conflict refuses everything with each occurrence named; chosen dates are booked together', async () => {
  const { t, fx, v, s, book } = w;
  clock.set(START);
  const other = await book({ startAt: at('15', '14:30'), endAt: at('15', '16:00'), topic: '预算会' });
  const preview = ok(await s.dispatcher.post('/api/v1/bookings/series/preview', seriesBody()));
  assert.deepEqual(
    preview.occurrences.map((o: { date: string; status: string }) => `${o.date}:${o.status}`),
    ['2026-06-08:ok', '2026-06-15:booking_conflict', '2026-06-22:ok', '2026-06-29:ok', '2026-07-06:ok'],
  );
  assert.equal(preview.occurrences[1].conflicts[0].number, other.number);
  assert.deepEqual(preview.summary, { total: 5, ok: 4, skipped: 0, excluded: 0, problems: 1 });

  const before = await t.database.db.select({ n: count() }).from(bookings).where(eq(bookings.venueId, v.room));
  const clash = problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody()), 409, 'booking_conflict');
  assert.deepEqual(
    (clash.occurrences as { date: string }[]).map((o) => o.date),
    ['2026-06-15'],
  );
  assert.deepEqual(
    await t.database.db.select({ n: count() }).from(bookings).where(eq(bookings.venueId, v.room)),
    before,
    'nothing written',
  );

  const created = ok(
    await s.dispatcher.post('/api/v1/bookings/series', seriesBody({ skipDates: ['2026-06-15'], exdates: ['2026-06-29'] })),
    201,
  );
  assert.deepEqual(
    created.bookings.map((b: { occurrenceDate: string }) => b.occurrenceDate),
    ['2026-06-08', '2026-06-22', '2026-07-06'],
  );
  assert.deepEqual(created.series.exdates, ['2026-06-15', '2026-06-29']);
  assert.ok(
    created.bookings.every(
      (b: { seriesId: string; status: string; startAt: string }) => b.seriesId === created.series.id && b.status === 'confirmed',
    ),
  );
  assert.equal(created.bookings[1].startAt, iso(at('22', '14:00')));
  const listed = ok(await s.dispatcher.get(`/api/v1/bookings?propertyId=${fx.propertyId}&seriesId=${created.series.id}`)).data;
  assert.equal(listed.length, 3);

  // Occurrences are bookings: one is moved, one cancelled; then the series' future ones are cancelled.
  const [o1, o2, o3] = created.bookings;
  const moved = ok(
    await s.dispatcher.patch(`/api/v1/bookings/${o1.id}`, { version: o1.version, startAt: at('09', '14:00'), endAt: at('09', '15:00') }),
  );
  assert.equal(moved.occurrenceDate, '2026-06-08', 'the occurrence keeps its date (RECURRENCE-ID)');
  ok(await s.dispatcher.post(`/api/v1/bookings/${o2.id}/cancel`, { reason: '端午调休' }));
  problem(await s.organizer2.post(`/api/v1/bookings/series/${created.series.id}/cancel`, { reason: 'x' }), 404, 'not_found');
  const cancelled = ok(await s.dispatcher.post(`/api/v1/bookings/series/${created.series.id}/cancel`, { reason: '例会取消' }));
  assert.deepEqual(cancelled.bookings.map((b: { id: string }) => b.id).sort(), [o1.id, o3.id].sort());
  const got = ok(await s.organizer.get(`/api/v1/bookings/series/${created.series.id}`));
  assert.ok(got.series.cancelledAt);
  assert.ok(got.bookings.every((b: { status: string }) => b.status === 'cancelled'));
});

test('series: bad input is 400 with fields, rule problems 422, nothing half-written', async () => {
  const { t, fx, s } = w;
  clock.set(START);
  const cases: [Record<string, unknown>, string, string][] = [
    [{ exdates: ['2026-06-08', '2026-06-08'] }, 'exdates.1', 'duplicate'],
    [{ exdates: ['2026-06-15'], skipDates: ['2026-06-15'] }, 'skipDates.0', 'duplicate'],
    [{ skipDates: ['2026-06-09'] }, 'skipDates.0', 'not_an_occurrence'],
    [{ exdates: ['2026-02-30'] }, 'exdates.0', 'custom'],
    [{ rrule: 'FREQ=WEEKLY' }, 'rrule', 'unbounded'],
    [{ rrule: 'FREQ=DAILY;COUNT=201' }, 'rrule', 'too_many'],
    [{ rrule: 'FREQ=WEEKLY;UNTIL=20290101' }, 'rrule', 'too_long'],
    [{ rrule: 'FREQ=MINUTELY;COUNT=3' }, 'rrule', 'unsupported_frequency'],
    [{ endAt: at('08', '13:00') }, 'endAt', 'end_before_start'],
    [{ venueId: '00000000-0000-4000-8000-000000000000' }, 'venueId', 'unknown_reference'],
  ];
  for (const [over, path, code] of cases) {
    const p = problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody(over)), 400, 'validation_failed');
    assert.ok(
      p.fields?.some((f) => f.path === path && (f as { code?: string }).code === code),
      `${JSON.stringify(over)} → ${JSON.stringify(p.fields)}`,
    );
  }
  problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody({ attendeeCount: 31 })), 422, 'capacity_exceeded');
  // 21:00–22:30 is past the opening hours on every occurrence: reported per occurrence.
  const late = problem(
    await s.dispatcher.post(
      '/api/v1/bookings/series',
      seriesBody({ rrule: 'FREQ=DAILY;COUNT=2', startAt: at('10', '21:00'), endAt: at('10', '22:30') }),
    ),
    422,
    'series_occurrence_invalid',
  );
  assert.deepEqual(
    (late.occurrences as { status: string }[]).map((o) => o.status),
    ['outside_bookable_hours', 'outside_bookable_hours'],
  );
  problem(await s.bureau.post('/api/v1/bookings/series/preview', seriesBody()), 403, 'forbidden');
  const [n] = await t.database.db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.propertyId, fx.propertyId), eq(bookings.topic, '每周办公会'), inArray(bookings.status, ['requested'])));
  assert.equal(Number(n!.n), 0);
});
