/** Reading bookings (SPEC M2, M12): the list, one booking, its audit trail. */
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { decodeCursor, encodeCursor } from '../../../lib/paging.ts';
import * as repo from './booking.repository.ts';
import type { BookingQuery } from './booking.schema.ts';
import { mayReadRow, ownOrganizationOnly } from './booking.policy.ts';
import { present, presentOne } from './booking.presenter.ts';
import { isClosed, listViewer } from '../confidentiality/confidentiality.policy.ts';
import { canSee } from '../confidentiality/confidentiality.service.ts';

export async function listBookings(ctx: Ctx, q: BookingQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'bookings.read');
  const from = q.from ? new Date(q.from) : undefined;
  const to = q.to ? new Date(q.to) : undefined;
  if (from && to && to <= from) throw errors.field('to', say(ctx, '结束时间必须晚于开始时间', 'Must be after from'), 'range');
  const key = decodeCursor(q.cursor, 2);
  if (key === null) throw errors.field('cursor', 'invalid cursor');
  const own = ownOrganizationOnly(actor, q.propertyId);
  if (own && !actor.organizationId) return { data: [], nextCursor: null };
  const rows = await repo.listBookings(ctx.db, {
    propertyId: q.propertyId,
    from,
    to,
    venueId: q.venueId,
    status: q.status,
    seriesId: q.seriesId,
    organizationId: own ? actor.organizationId! : q.organizationId,
    viewer: listViewer(actor, q.propertyId),
    after: key ? { startAt: new Date(String(key[0])), id: String(key[1]) } : undefined,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: await present(ctx, actor, page),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.startAt.toISOString(), last.id]) : null,
  };
}

/** The booking if the actor may read it (M12 confidentiality included); 404 otherwise (its existence is not revealed). */
export async function loadVisible(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const b = await repo.findBooking(ctx.db, id);
  if (!b || !mayReadRow(actor, b) || !(await canSee(ctx.db, actor, { ...b, bookingId: b.id }))) throw errors.notFound('booking');
  return { actor, b };
}

export async function getBooking(ctx: Ctx, id: string) {
  const { actor, b } = await loadVisible(ctx, id);
  // Views of confidential meetings are recorded (SPEC M12).
  if (isClosed(b.confidentiality))
    await audit(ctx.db, ctx, { action: 'booking.viewed', entityType: 'booking', entityId: b.id, propertyId: b.propertyId });
  return presentOne(ctx, actor, b);
}

export async function bookingHistory(ctx: Ctx, id: string) {
  await loadVisible(ctx, id);
  const rows = await repo.history(ctx.db, id);
  return {
    data: rows.map((e) => ({
      id: e.id,
      action: e.action,
      actorId: e.actorId,
      actorName: e.actorName,
      at: e.at.toISOString(),
      changes: e.changes,
      meta: e.meta,
    })),
  };
}
