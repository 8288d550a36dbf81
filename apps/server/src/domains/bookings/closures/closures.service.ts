/**
 * Venue closures (maintenance, blocked periods). A closure holds its venue through the same
 * booking_holds exclusion constraint as bookings (holds with closure_id instead of booking_id), so
 * no booking can slip into it: new bookings get 409 venue_closed naming the closure. The bookings
 * it collided with when made are listed and resolved one by one (move, cancel or keep); the
 * closure holds every piece of its period no kept booking occupies, refilled after each move or
 * cancel — all in one transaction with the booking change.
 */
import { type Ctx, type Actor, authorize, can, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { Db } from '../../../db/client.ts';
import { transactionRetrying } from '../../../lib/transactions.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as bookingRepo from '../booking/booking.repository.ts';
import { rangeOf } from '../booking/booking.format.ts';
import { conflictsOf, isHoldClash } from '../holds/holds.service.ts';
import { updateBooking } from '../change/change.service.ts';
import { cancelBooking } from '../approval/approval.service.ts';
import * as repo from './closures.repository.ts';
import type { ClosureInput, ClosureResolve } from './closures.schema.ts';
import { presentClosures } from './closures.presenter.ts';

/** The closures as JSON; the bookings they collided with only to booking staff. */
async function withBookings(ctx: Ctx, actor: Actor, rows: { closure: repo.ClosureRow; venueName: string }[]) {
  const links = await repo.closureBookings(
    ctx.db,
    rows.filter((r) => can(actor, r.closure.propertyId, 'bookings.manage')).map((r) => r.closure.id),
  );
  return presentClosures(rows, links);
}

/** Previews (preview: true) or creates a closure; either way answers with the bookings it collides with. */
export async function createClosure(ctx: Ctx, input: ClosureInput) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'bookings.manage');
  const from = new Date(input.startAt);
  const to = new Date(input.endAt);
  const venue = await bookingRepo.findVenue(ctx.db, input.venueId);
  const fields = [
    ...(!venue || venue.propertyId !== input.propertyId
      ? [{ path: 'venueId', code: 'unknown_reference', message: say(ctx, '场地不存在或不属于该项目', 'No such venue in this property') }]
      : []),
    ...(to <= from
      ? [{ path: 'endAt', code: 'end_before_start', message: say(ctx, '结束时间必须晚于开始时间', 'The end must be after the start') }]
      : to <= ctx.now()
        ? [{ path: 'endAt', code: 'in_past', message: say(ctx, '结束时间已过', 'The end is in the past') }]
        : []),
  ];
  if (fields.length) throw errors.validation(fields, fields.map((f) => `${f.path}: ${f.message}`).join('; '));
  const { conflicts } = await conflictsOf(ctx, actor, input.propertyId, [{ venueId: input.venueId, from, to }]);
  if (input.preview)
    return {
      preview: true as const,
      venue: { id: venue!.id, name: venue!.name },
      start: from.toISOString(),
      end: to.toISOString(),
      collisions: conflicts,
    };
  try {
    const closure = await transactionRetrying(ctx.db, async (tx) => {
      const c = await repo.insertClosure(tx, {
        propertyId: input.propertyId,
        venueId: input.venueId,
        from,
        to,
        reason: input.reason,
        createdBy: actor.id,
        createdAt: ctx.now(),
      });
      await repo.insertClosureBookings(tx, c.id, [...new Set(conflicts.map((b) => b.id))]);
      await repo.refillClosureHolds(tx, c);
      await audit(tx, ctx, {
        action: 'venue_closure.created',
        entityType: 'venue_closure',
        entityId: c.id,
        propertyId: c.propertyId,
        before: null,
        after: { ...c },
        meta: { collisions: conflicts.map((b) => b.number) },
      });
      return c;
    });
    const [out] = await withBookings(ctx, actor, [{ closure, venueName: venue!.name }]);
    return { ...out!, collisions: conflicts };
  } catch (e) {
    if (!isHoldClash(e)) throw e;
    throw errors.conflict(say(ctx, '场地占用刚刚发生变化，请重试', 'The venue was booked meanwhile; try again'));
  }
}

export async function listClosures(ctx: Ctx, q: { propertyId: string; from?: string; to?: string; venueId?: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'bookings.read');
  const from = q.from ? new Date(q.from) : undefined;
  const to = q.to ? new Date(q.to) : undefined;
  if (from && to && to <= from) throw errors.field('to', say(ctx, '结束时间必须晚于开始时间', 'Must be after from'), 'range');
  return {
    data: await withBookings(ctx, actor, await repo.listClosures(ctx.db, { propertyId: q.propertyId, from, to, venueId: q.venueId })),
  };
}

const RESOLUTION = { move: 'moved', cancel: 'cancelled', keep: 'kept' } as const;

/**
 * Resolves one colliding booking: move (the booking core's change, with its checks and 409s),
 * cancel (with a reason) or keep. The booking change, the resolution, the closure's refilled holds
 * and the audit commit together; the organizers hear of it.
 */
export async function resolveClosure(ctx: Ctx, id: string, body: ClosureResolve) {
  const actor = requireActor(ctx);
  const c = await repo.findClosure(ctx.db, id);
  if (!c) throw errors.notFound('closure');
  authorize(actor, c.propertyId, 'bookings.manage');
  if (body.action === 'move' && !body.venueId && !body.startAt && !body.endAt) {
    throw errors.field('venueId', say(ctx, '请指定新的场地或时间', 'Give a new venue or time'), 'required');
  }
  const b = await bookingRepo.findBooking(ctx.db, body.bookingId);
  const pending = b && (await repo.closureBookings(ctx.db, [id])).some((l) => l.link.bookingId === b.id && !l.link.resolution);
  const unaffected = () =>
    errors.rule(
      'closure_booking_unaffected',
      say(ctx, '该预订不受此次关闭影响或已处理', 'The booking is not affected by this closure, or was resolved already'),
    );
  if (!b || !pending) throw unaffected();
  const now = ctx.now();
  const resolution = RESOLUTION[body.action];
  return ctx.db
    .transaction(async (tx) => {
      const inner: Ctx = { ...ctx, db: tx as unknown as Db };
      const booking =
        body.action === 'move'
          ? await updateBooking(inner, b.id, { version: b.version, venueId: body.venueId, startAt: body.startAt, endAt: body.endAt })
          : body.action === 'cancel'
            ? await cancelBooking(inner, b.id, body.reason)
            : null;
      if (!(await repo.resolveClosureBooking(tx, id, b.id, resolution, actor.id, now))) throw unaffected();
      if (body.action !== 'keep') await repo.refillClosureHolds(tx, c);
      await audit(tx, ctx, {
        action: 'venue_closure.resolved',
        entityType: 'venue_closure',
        entityId: id,
        propertyId: c.propertyId,
        meta: { bookingId: b.id, number: b.number, resolution },
      });
      const { start, end } = rangeOf(c.during);
      const to = [b.createdBy, ...(await bookingRepo.organizerUserIds(tx, b.propertyId, b.organizationId))].filter((u) => u !== actor.id);
      await notify(tx, {
        propertyId: c.propertyId,
        userIds: [...new Set(to)],
        kind: `booking.closure_${resolution}`,
        severity: body.action === 'keep' ? 'info' : 'warning',
        message: { key: 'booking.closure', params: { number: b.number, resolution, startAt: start, endAt: end, reason: c.reason } },
        link: `/bookings/${b.id}`,
        data: { bookingId: b.id, closureId: id, resolution },
      });
      return { closureId: id, bookingId: b.id, resolution, booking };
    })
    .catch((e) => {
      if (e instanceof AppError || !isHoldClash(e)) throw e;
      throw errors.conflict(say(ctx, '场地占用刚刚发生变化，请重试', 'The venue was booked meanwhile; try again'));
    });
}
