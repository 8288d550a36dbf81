/**
 * No double booking is decided by the database: the holds' exclusion constraint refuses an overlap
 * (23P01), which becomes 409 booking_conflict naming the clashing bookings (or venue_closed naming
 * the closure) — however many requests race for the same slot, exactly one wins.
 */
import type { Actor, Ctx } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { isRetryable, transactionRetrying } from '../../../lib/transactions.ts';
import { sqlState, type Tx } from '../../../db/client.ts';
import { canRead } from '../booking/booking.policy.ts';
import { rangeOf } from '../booking/booking.format.ts';
import * as repo from './holds.repository.ts';

/**
 * Runs the write (again, if PostgreSQL aborted it as a deadlock with a concurrent booking); an
 * overlap the exclusion constraint refused — or a deadlock that persists — becomes 409
 * booking_conflict naming the clashes.
 */
export async function withHolds<T>(
  ctx: Ctx,
  actor: Actor,
  propertyId: string,
  holds: repo.HoldInput[],
  exceptId: string | undefined,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await transactionRetrying(ctx.db, fn);
  } catch (e) {
    if (!isHoldClash(e)) throw e;
    throw conflictError(ctx, await conflictsOf(ctx, actor, propertyId, holds, exceptId));
  }
}

/** The holds could not be written because of another booking or closure: an overlap, or a lasting deadlock with it. */
export const isHoldClash = (e: unknown) => sqlState(e) === '23P01' || isRetryable(e);

/** What holds the windows: bookings (their content only if the actor may see it) and closures. */
export async function conflictsOf(ctx: Ctx, actor: Actor, propertyId: string, holds: repo.HoldInput[], exceptId?: string) {
  const conflicts = (await repo.clashes(ctx.db, holds, exceptId)).map((c) => {
    const open = canRead(actor, { propertyId, organizationId: c.organizationId, confidentiality: c.confidentiality });
    return {
      id: c.id,
      number: c.number,
      venueName: c.venueName,
      start: c.startAt.toISOString(),
      end: c.endAt.toISOString(),
      topic: open ? c.topic : null,
      organizer: open ? c.organizerUnit : null,
    };
  });
  const closures = (await repo.closureClashes(ctx.db, holds)).map((c) => ({
    id: c.id,
    venueName: c.venueName,
    ...rangeOf(c.during),
    reason: c.reason,
  }));
  return { conflicts, closures };
}
export type Conflicts = Awaited<ReturnType<typeof conflictsOf>>;

/** 409 booking_conflict naming the clashing bookings, or venue_closed naming the closure when only closures clash. */
export function conflictError(ctx: Ctx, c: Conflicts, extra: Record<string, unknown> = {}) {
  const first = c.conflicts[0];
  const closure = c.closures[0];
  if (!first && closure) {
    return new AppError(
      'venue_closed',
      409,
      say(ctx, `${closure.venueName}在该时段关闭（${closure.reason}）`, `${closure.venueName} is closed at that time (${closure.reason})`),
      undefined,
      { ...c, ...extra },
    );
  }
  return new AppError(
    'booking_conflict',
    409,
    first
      ? say(
          ctx,
          `${first.venueName}在该时段（含布置、清场时间）已被 ${first.number} 占用`,
          `${first.venueName} is taken by ${first.number} at that time (setup and cleanup included)`,
        )
      : say(ctx, '该时段场地已被占用', 'The venue is taken at that time'),
    undefined,
    { ...c, ...extra },
  );
}
