/** M3: an undecided request expires when its lead time runs out (the durable expiry job). */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { ok, TestClock } from '../../../test/helpers.ts';
import { auditEvents, bookingHolds, jobs } from '../../../db/schema/index.ts';
import { bookingsWorld, START, at, iso, application, type BookingsWorld } from '../booking/booking.fixture.ts';

const clock = new TestClock(new Date(START));
let w: BookingsWorld;
before(async () => (w = await bookingsWorld(clock)));
after(async () => w.t.close());

test('expiry: an undecided C-class request expires at its latest decision time; a move reschedules; idempotent', async () => {
  const { t, v, s, ids, book, bell, jobsOf, row, runJobs } = w;
  clock.set(START);
  const b = await book(
    { venueId: v.hall, attendeeCount: 100, application, startAt: at('03', '10:00'), endAt: at('03', '11:00') },
    s.organizer,
  );
  assert.equal(b.status, 'requested');
  const [first] = await jobsOf(`bookings.expire:${b.id}:`);
  assert.equal(first!.runAt.toISOString(), iso(at('02', '10:00')), 'C class: one working day before the start');
  const moved = ok(
    await s.organizer.patch(`/api/v1/bookings/${b.id}`, { version: b.version, startAt: at('04', '10:00'), endAt: at('04', '11:00') }),
  );
  const all = await jobsOf(`bookings.expire:${b.id}:`);
  assert.equal(all.length, 2);
  assert.equal(all[1]!.runAt.toISOString(), iso(at('03', '10:00')));
  ok(await s.organizer.patch(`/api/v1/bookings/${b.id}`, { version: moved.version, notes: '无' }));
  assert.equal((await jobsOf(`bookings.expire:${b.id}:`)).length, 2, 'a change that is not of time keeps the schedule');

  clock.set(at('02', '10:00'));
  await runJobs([first!]);
  assert.equal((await row(b.id)).status, 'requested', 'the stale job does nothing');
  clock.set(at('03', '10:00'));
  await runJobs([all[1]!]);
  const expired = await row(b.id);
  assert.equal(expired.status, 'expired');
  const holds = await t.database.db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, b.id));
  assert.ok(holds.length === 2 && holds.every((h) => !h.active), 'the hall and its VIP room are free again');
  assert.equal((await bell(ids.organizer!, 'booking.expired', 'bookingId', b.id)).length, 1);
  const audits = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, b.id), eq(auditEvents.action, 'booking.expired')));
  assert.equal(audits.length, 1);
  // Idempotent: the same job again (or a duplicate delivery) changes nothing.
  await t.database.db.update(jobs).set({ status: 'queued' }).where(eq(jobs.id, all[1]!.id));
  await runJobs([all[1]!]);
  assert.equal((await row(b.id)).version, expired.version);

  // A request the bureau approved in time does not expire.
  clock.set(START);
  const c = await book({ venueId: v.hall, attendeeCount: 100, application, startAt: at('05', '10:00'), endAt: at('05', '11:00') });
  ok(await s.bureau.post(`/api/v1/bookings/${c.id}/approve`, {}));
  clock.set(at('05', '10:00'));
  await runJobs(await jobsOf(`bookings.expire:${c.id}:`));
  assert.equal((await row(c.id)).status, 'confirmed');
});
