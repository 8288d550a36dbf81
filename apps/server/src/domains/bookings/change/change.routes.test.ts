import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { login, makeUser, problem, ok, TestClock, type Session } from '../../../test/helpers.ts';
import { auditEvents } from '../../../db/schema/index.ts';
import { bookingsWorld, START, at, type BookingsWorld } from '../booking/booking.fixture.ts';

let w: BookingsWorld;
before(async () => {
  w = await bookingsWorld(new TestClock(new Date(START)));
});
after(async () => w.t.close());

/** Sessions end when the clock jumps a day: people sign in again at the new time. */
async function team() {
  const as = async (roles: ('dispatcher' | 'cs_assistant' | 'organizer')[], organizationId: string | null = null) =>
    login(w.t.app, await makeUser(w.t.app, [{ propertyId: w.fx.propertyId, roles }], { organizationId }));
  return {
    dispatcher: await as(['dispatcher']),
    assistant: await as(['cs_assistant']),
    organizer: await as(['organizer'], w.fx.organizationId),
  };
}

test('a booking whose meeting is over is history: nobody cancels it, only booking staff correct it, with a reason, audited', async () => {
  w.t.clock.set(new Date(START));
  const b = await w.book({}, w.s.organizer);
  const live = ok(await w.s.organizer.get(`/api/v1/bookings/${b.id}`));
  assert.deepEqual([live.policies.update, live.policies.cancel, live.policies.correctOnly], [true, true, false]);

  w.t.clock.set(new Date(at('02', '10:00'))); // the meeting's end
  const s: Record<string, Session> = await team();
  problem(await s.organizer!.post(`/api/v1/bookings/${b.id}/cancel`, { reason: '会议取消' }), 422, 'booking_in_past');
  const past = ok(await s.dispatcher!.get(`/api/v1/bookings/${b.id}`));
  assert.deepEqual([past.policies.update, past.policies.cancel, past.policies.correctOnly], [true, false, true]);
  for (const who of [s.dispatcher!, s.assistant!])
    problem(await who.post(`/api/v1/bookings/${b.id}/cancel`, { reason: '补登取消' }), 422, 'booking_in_past');
  problem(
    await s.dispatcher!.patch(`/api/v1/bookings/${b.id}`, { version: b.version, attendeeCount: 10 }),
    422,
    'correction_reason_required',
  );
  problem(
    await s.dispatcher!.patch(`/api/v1/bookings/${b.id}`, {
      version: b.version,
      startAt: at('09', '09:00'),
      endAt: at('09', '10:00'),
      correctionReason: '改期',
    }),
    422,
    'booking_in_past',
  );
  const fixed = ok(
    await s.dispatcher!.patch(`/api/v1/bookings/${b.id}`, {
      version: b.version,
      attendeeCount: 10,
      correctionReason: '实到10人，按签到表更正',
    }),
  );
  assert.equal(fixed.attendeeCount, 10);
  assert.equal(fixed.status, 'confirmed');
  const updated = (await w.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, b.id))).find(
    (e) => e.action === 'booking.updated',
  );
  assert.equal(updated?.meta?.correctionReason, '实到10人，按签到表更正');
});

test('an organizer cannot change or cancel a meeting held a month ago', async () => {
  w.t.clock.set(new Date(START));
  const b = await w.book({ startAt: at('03', '14:00'), endAt: at('03', '15:00') }, w.s.organizer);
  w.t.clock.set(new Date('2026-07-03T09:00:00+08:00'));
  const { organizer, dispatcher } = await team();
  problem(await organizer.post(`/api/v1/bookings/${b.id}/cancel`, { reason: '会议取消' }), 422, 'booking_in_past');
  problem(
    await organizer.patch(`/api/v1/bookings/${b.id}`, { version: b.version, topic: '改名', correctionReason: '写错了' }),
    422,
    'booking_in_past',
  );
  const d = ok(await dispatcher.get(`/api/v1/bookings/${b.id}`));
  assert.equal(d.status, 'confirmed');
  assert.equal(d.topic, '周例会');
});
