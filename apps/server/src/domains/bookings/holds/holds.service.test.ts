/**
 * Concurrent holds on PostgreSQL: two writers that wait for each other inside the exclusion
 * constraint are aborted by PostgreSQL as a deadlock (40P01). The loser's write runs again and
 * reports the clash as 409 booking_conflict naming the winner — never a generic error.
 * (PGlite has one connection: writes there never overlap, so this runs on PostgreSQL only.)
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestApp, makeProperty, makeUser, login, ok, TestClock, type TestApp, type Fixture } from '../../../test/helpers.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Ctx } from '../../../lib/context.ts';
import { buildActor } from '../../identity/index.ts';
import { findUserById } from '../../identity/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { replaceHolds } from './holds.repository.ts';
import { withHolds } from './holds.service.ts';
import { makeVenue } from '../../../test/builders.ts';

const onPostgres = !!process.env.DATABASE_URL;
const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let t: TestApp;
let fx: Fixture;

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
});
after(async () => t.close());

const venue = (name: string) =>
  makeVenue(t.database.db, fx, { name, layouts: [{ layout: 'discussion', capacity: 30, setupMinutes: 0, cleanupMinutes: 0 }] });

test(
  "a deadlock between two bookings' holds ends as one booking and one booking_conflict naming it",
  { skip: !onPostgres && 'PostgreSQL only (PGlite writes never overlap)' },
  async () => {
    const [x, y] = [await venue('第三会议室'), await venue('第四会议室')];
    const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]);
    const s = await login(t.app, u);
    // A real booking as the template of the rows the two writers insert.
    const made = ok(
      await s.post('/api/v1/bookings', {
        propertyId: fx.propertyId,
        venueId: x,
        startAt: '2026-06-03T09:00:00+08:00',
        endAt: '2026-06-03T10:00:00+08:00',
        attendeeCount: 10,
        topic: '模板会议',
        organizationId: fx.organizationId,
        contactName: '李明',
        contactPhone: '0755-28304101',
      }),
      201,
    );
    const template = (await repo.findBooking(t.database.db, made.id))!;
    const actor = await buildActor(t.database.db, (await findUserById(t.database.db, u.id))!);
    const ctx: Ctx = { db: t.database.db, actor, locale: 'zh-CN', production: false, now: clock.now };
    const from = new Date('2026-06-04T09:00:00+08:00');
    const to = new Date('2026-06-04T11:00:00+08:00');

    // Both writers hold one venue, then — once both do — reach for the other's: a lock cycle.
    let arrived = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((r) => (release = r));
    const writer = (first: string, second: string, number: string) => {
      let attempt = 0;
      return withHolds(
        ctx,
        actor,
        fx.propertyId,
        [
          { venueId: first, from, to },
          { venueId: second, from, to },
        ],
        undefined,
        async (tx) => {
          attempt++;
          const b = await repo.insertBooking(tx, { ...template, id: randomUUID(), number, startAt: from, endAt: to, version: 1 });
          await replaceHolds(tx, b, [{ venueId: first, from, to }], true);
          if (attempt === 1) {
            if (++arrived === 2) release();
            await bothHoldOne;
          }
          await replaceHolds(tx, b, [{ venueId: second, from, to }], true);
          return b;
        },
      );
    };
    const results = await Promise.allSettled([writer(x, y, 'HY-T-A'), writer(y, x, 'HY-T-B')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1, JSON.stringify(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))));
    assert.equal(lost.length, 1);
    const err = lost[0]!.reason;
    assert.ok(err instanceof AppError, `not an AppError: ${err}`);
    assert.equal(err.code, 'booking_conflict');
    assert.equal(err.status, 409);
    const winner = (won[0] as PromiseFulfilledResult<repo.BookingRow>).value;
    const named = (err.extra?.conflicts as { number: string }[]).map((c) => c.number);
    assert.deepEqual([...new Set(named)], [winner.number]);
  },
);
