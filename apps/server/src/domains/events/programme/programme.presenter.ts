/** The programme as the UI reads it: every session with its day, venue, booking (number, status) and notice. */
import type { ProgrammeView } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { daysOf, localDay, timeZoneOf } from '../events.shared.ts';
import type { EventRow } from '../event/event.repository.ts';
import { sessionsOf } from './programme.sessions.ts';
import * as repo from './programme.repository.ts';
import { defaultMain } from './programme.rules.ts';

export async function presentProgramme(db: DbOrTx, e: EventRow): Promise<ProgrammeView> {
  const tz = await timeZoneOf(db, e.propertyId);
  const sessions = await sessionsOf(db, e.id);
  const venues = await repo.venuesOf(db, e.propertyId);
  const venueName = new Map(venues.map((v) => [v.id, v.name]));
  const bookingIds = sessions.flatMap((s) => (s.bookingId ? [s.bookingId] : []));
  const bookings = new Map((await repo.bookingsOf(db, bookingIds)).map((b) => [b.id, b]));
  const notices = new Map((await repo.noticesOf(db, bookingIds)).map((n) => [n.bookingId, n]));
  const main = e.mainSessionId ?? defaultMain(sessions)?.id ?? null;
  return {
    eventId: e.id,
    days: daysOf(e.startsOn, e.endsOn),
    mainSessionId: main,
    sessions: sessions.map((s) => {
      const b = s.bookingId ? bookings.get(s.bookingId) : undefined;
      const n = s.bookingId ? notices.get(s.bookingId) : undefined;
      return {
        id: s.id,
        kind: s.kind as ProgrammeView['sessions'][number]['kind'],
        title: s.title,
        day: localDay(s.startsAt, tz),
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        venueId: s.venueId,
        venueName: s.venueId ? (venueName.get(s.venueId) ?? null) : null,
        place: s.place,
        expectedCount: s.expectedCount,
        notes: s.notes,
        main: s.id === main,
        booking: b ? { id: b.id, number: b.number, status: b.status, version: b.version } : null,
        notice: n ? { id: n.id, number: n.number } : null,
      };
    }),
    venues: venues.map((v) => ({ id: v.id, name: v.name, building: v.building, seats: v.seats })),
  };
}
