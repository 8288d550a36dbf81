/**
 * Availability board: venues (filtered) with every hold of the period — the meeting, its setup and
 * cleanup buffers, closures — in the property's time zone. Two queries side by side: the venues, and
 * the holds of the same venues overlapping the period (served by the holds' gist index). A booking
 * the caller may not read (another unit's for an organizer; a confidential meeting for those the M12
 * rule keeps out) is one anonymous `occupied` block per hold: no number, name, unit or contact.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { BoardItem } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { formatInstant, loadWorkCalendar } from '../../calendar/index.ts';
import { addLocalDays } from '../../calendar/index.ts';
import { mayReadRow } from '../booking/booking.policy.ts';
import { boardView } from '../confidentiality/confidentiality.policy.ts';
import { visibleOf } from '../confidentiality/confidentiality.service.ts';
import * as repo from './board.repository.ts';
import type { BoardQuery } from './board.schema.ts';
import { boardPieces } from './board.rules.ts';

export async function board(ctx: Ctx, q: BoardQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'bookings.read');
  const { timeZone } = await loadWorkCalendar(ctx.db, q.propertyId);
  const from = dayjs.tz(q.date, timeZone).toDate();
  const to = dayjs.tz(addLocalDays(q.date, q.days), timeZone).toDate();
  // Both at once (two pool connections on PostgreSQL): the venues, and the holds of the same venues.
  const [venues, holds] = await Promise.all([repo.boardVenues(ctx.db, q), repo.boardHolds(ctx.db, q, from, to)]);
  const fmt = (d: Date) => formatInstant({ timeZone }, d);
  const items = new Map<string, BoardItem[]>(venues.map((v) => [v.id, []]));
  const booked = holds.flatMap((h) => (h.booking && mayReadRow(actor, h.booking) ? [{ ...h.booking, bookingId: h.booking.id }] : []));
  const readable = await visibleOf(ctx.db, actor, booked);
  for (const h of holds) {
    const b = h.booking;
    if (b && boardView(readable.has(b.id)) === 'occupied') {
      items.get(h.venueId)!.push({
        kind: 'occupied',
        status: null,
        start: fmt(new Date(h.holdFrom)),
        end: fmt(new Date(h.holdTo)),
        bookingId: null,
        number: null,
        topic: null,
        organizationName: null,
      });
      continue;
    }
    const pieces = boardPieces({
      from: new Date(h.holdFrom),
      to: new Date(h.holdTo),
      bookingId: h.bookingId,
      closureId: h.closureId,
      startAt: b?.startAt ?? null,
      endAt: b?.endAt ?? null,
    });
    for (const p of pieces) {
      items.get(h.venueId)!.push(
        b
          ? {
              kind: p.kind,
              status: b.status,
              start: fmt(p.start),
              end: fmt(p.end),
              bookingId: b.id,
              number: b.number,
              topic: b.topic,
              organizationName: h.organizationName ?? b.organizerUnit,
              linked: b.venueId !== h.venueId,
            }
          : { kind: p.kind, status: null, start: fmt(p.start), end: fmt(p.end), closureId: h.closureId, reason: h.closureReason },
      );
    }
  }
  return {
    propertyId: q.propertyId,
    timeZone,
    from: fmt(from),
    to: fmt(to),
    venues: venues.map((v) => ({
      id: v.id,
      name: v.name,
      code: v.code,
      buildingId: v.buildingId,
      venueClass: v.venueClass,
      seats: v.seats,
      equipment: v.equipment,
      bookable: v.bookable,
      openFrom: v.openFrom,
      openTo: v.openTo,
      items: items.get(v.id) ?? [],
    })),
  };
}
