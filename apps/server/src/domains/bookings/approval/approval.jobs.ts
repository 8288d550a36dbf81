/** A request nobody decides expires when its lead time runs out (M3): one durable job per placement. */
import type { Db, DbOrTx } from '../../../db/client.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import { audit } from '../../audit/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { announce } from '../booking/booking.notices.ts';
import { snapshot } from '../booking/booking.audit.ts';
import { propertyOf } from '../booking/booking.settings.ts';
import { systemCtx } from '../../../lib/context.ts';
import { releaseHolds } from '../holds/holds.repository.ts';

export const EXPIRE_JOB = 'bookings.expire';
/** One durable expiry job per placement of a requested booking (key: booking and version); a stale one does nothing. */
export async function scheduleExpiry(tx: DbOrTx, b: repo.BookingRow, at: Date | null) {
  if (b.status !== 'requested' || !at) return;
  await scheduleJob(
    tx,
    EXPIRE_JOB,
    { bookingId: b.id, startAt: b.startAt.toISOString(), venueId: b.venueId },
    { runAt: at, uniqueKey: `${EXPIRE_JOB}:${b.id}:${b.version}` },
  );
}

/** The expiry job: a request still undecided (and still where the job was scheduled for) expires, frees the venue and tells its people. */
export async function expireBooking(db: Db, payload: Record<string, unknown>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const b = await repo.findBooking(tx, String(payload.bookingId));
    if (!b || b.status !== 'requested' || b.startAt.toISOString() !== payload.startAt || b.venueId !== payload.venueId) return false;
    const row = await repo.updateIfStatus(tx, b.id, ['requested'], { status: 'expired', updatedAt: now });
    if (!row) return false;
    await releaseHolds(tx, b.id);
    const ctx = systemCtx(tx, now);
    await audit(tx, ctx, {
      action: 'booking.expired',
      entityType: 'booking',
      entityId: b.id,
      propertyId: b.propertyId,
      before: snapshot(b),
      after: snapshot(row),
    });
    const { timeZone } = await propertyOf(ctx, b.propertyId);
    await announce(tx, ctx, null, row, 'expired', timeZone, '审批期限已过 / not decided in time');
    return true;
  });
}
