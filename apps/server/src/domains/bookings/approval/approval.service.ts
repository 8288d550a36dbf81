/**
 * Deciding a booking (SPEC M3): the bureau approves or rejects a request; its people cancel it.
 * The update is guarded by the status it starts from, so of two concurrent decisions exactly one
 * changes the row; the other gets 409.
 */
import { type Ctx, can } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { inPast, policies } from '../booking/booking.policy.ts';
import { canTransition, hasEnded } from '../booking/booking.rules.ts';
import { presentOne } from '../booking/booking.presenter.ts';
import { announce } from '../booking/booking.notices.ts';
import { snapshot } from '../booking/booking.audit.ts';
import { propertyOf } from '../booking/booking.settings.ts';
import { loadVisible } from '../booking/booking.service.ts';
import { releaseHolds } from '../holds/holds.repository.ts';

export function invalidTransition(ctx: Ctx, b: repo.BookingRow) {
  return errors.rule(
    'invalid_transition',
    say(ctx, `预订 ${b.number} 当前状态为 ${b.status}，不能执行此操作`, `Booking ${b.number} is ${b.status}`),
    { status: b.status },
  );
}

/**
 * approve / reject / cancel: the update is guarded by the status it starts from, so of two
 * concurrent decisions exactly one changes the row; the other gets 409.
 */
async function decide(ctx: Ctx, id: string, action: 'approved' | 'rejected' | 'cancelled', reason: string | null) {
  const { actor, b } = await loadVisible(ctx, id);
  const pol = policies(actor, b, ctx.now());
  const allowed = action === 'approved' ? pol.approve : action === 'rejected' ? pol.reject : pol.cancel;
  const to = ({ approved: 'confirmed', rejected: 'rejected', cancelled: 'cancelled' } as const)[action];
  const decision = action !== 'cancelled';
  if (!allowed) {
    const permitted = decision
      ? can(actor, b.propertyId, 'bookings.approve')
      : policies(actor, { ...b, status: 'confirmed', endAt: new Date(8.64e15) }, ctx.now()).cancel;
    if (!permitted) throw errors.forbidden();
    if (hasEnded(b, ctx.now()) && (b.status === 'requested' || b.status === 'confirmed')) throw inPast(ctx);
    // A decision that already happened (perhaps a moment ago, by someone else) is a conflict.
    if (decision && b.status !== 'requested')
      throw errors.conflict(say(ctx, `预订 ${b.number} 已处理（${b.status}）`, `Booking ${b.number} was already decided (${b.status})`), {
        status: b.status,
      });
    throw invalidTransition(ctx, b);
  }
  const from = (['requested', 'confirmed'] as const).filter((s) => canTransition(s, to));
  const now = ctx.now();
  const { timeZone } = await propertyOf(ctx, b.propertyId);
  return presentOne(
    ctx,
    actor,
    await ctx.db.transaction(async (tx) => {
      const row = await repo.updateIfStatus(
        tx,
        id,
        from,
        decision
          ? { status: to, decidedBy: actor.id, decidedAt: now, decisionReason: reason, updatedAt: now }
          : { status: to, cancelledBy: actor.id, cancelledAt: now, cancelReason: reason, updatedAt: now },
      );
      if (!row)
        throw errors.conflict(say(ctx, `预订 ${b.number} 刚被他人处理，请刷新`, `Booking ${b.number} was just changed by someone else`));
      if (to !== 'confirmed') await releaseHolds(tx, id);
      await audit(tx, ctx, {
        action: `booking.${action}`,
        entityType: 'booking',
        entityId: id,
        propertyId: b.propertyId,
        before: snapshot(b),
        after: snapshot(row),
        meta: reason ? { reason } : undefined,
      });
      await announce(tx, ctx, actor, row, action, timeZone, reason);
      return row;
    }),
  );
}

export const approveBooking = (ctx: Ctx, id: string, note: string | null) => decide(ctx, id, 'approved', note);
export const rejectBooking = (ctx: Ctx, id: string, reason: string) => decide(ctx, id, 'rejected', reason);
export const cancelBooking = (ctx: Ctx, id: string, reason: string) => decide(ctx, id, 'cancelled', reason);
