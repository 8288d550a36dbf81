/** The JSON shape of a venue closure with the bookings it collided with (every field picked by name). */
import { rangeOf } from '../booking/booking.format.ts';
import type { ClosureRow, closureBookings } from './closures.repository.ts';

export type ClosureLink = Awaited<ReturnType<typeof closureBookings>>[number];

/** `links`: the collided bookings of the closures the reader may see them of (booking staff). */
export function presentClosures(rows: { closure: ClosureRow; venueName: string }[], links: ClosureLink[]) {
  return rows.map(({ closure: c, venueName }) => ({
    id: c.id,
    propertyId: c.propertyId,
    venue: { id: c.venueId, name: venueName },
    ...rangeOf(c.during),
    reason: c.reason,
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    bookings: links
      .filter((l) => l.link.closureId === c.id)
      .map((l) => ({
        bookingId: l.link.bookingId,
        number: l.number,
        status: l.status,
        startAt: l.startAt.toISOString(),
        endAt: l.endAt.toISOString(),
        resolution: l.link.resolution,
        resolvedBy: l.link.resolvedBy,
        resolvedAt: l.link.resolvedAt?.toISOString() ?? null,
      })),
  }));
}
