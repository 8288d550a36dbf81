/**
 * What the other events sub-features read of the programme (the seam): the sessions, and the service notice each
 * booked session has — guests sign in on a session's notice (its attendees and QR sign-in), materials are drawn on
 * the main session's notice, the fee statement is the main session's, the summary counts the notices' sign-ins.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventSessions, events, serviceNotices } from '../../../db/schema/index.ts';

export type SessionRow = typeof eventSessions.$inferSelect;

export const sessionsOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventSessions).where(eq(eventSessions.eventId, eventId)).orderBy(asc(eventSessions.startsAt), asc(eventSessions.sort));

/** Each booked session's service notice (the current one, not cancelled), by session. */
export async function sessionNotices(db: DbOrTx, eventId: string): Promise<{ sessionId: string; noticeId: string; bookingId: string }[]> {
  const sessions = (await sessionsOf(db, eventId)).filter((s) => s.bookingId);
  if (!sessions.length) return [];
  const notices = await db
    .select({ id: serviceNotices.id, bookingId: serviceNotices.bookingId })
    .from(serviceNotices)
    .where(
      and(
        inArray(
          serviceNotices.bookingId,
          sessions.map((s) => s.bookingId!),
        ),
        ne(serviceNotices.status, 'cancelled'),
      ),
    );
  const byBooking = new Map(notices.map((n) => [n.bookingId, n.id]));
  return sessions
    .filter((s) => byBooking.has(s.bookingId!))
    .map((s) => ({ sessionId: s.id, noticeId: byBooking.get(s.bookingId!)!, bookingId: s.bookingId! }));
}

/** The main session (the event's, else its first plenary) and its notice, if booked and noticed yet. */
export async function mainNoticeOf(db: DbOrTx, eventId: string): Promise<{ sessionId: string; noticeId: string } | null> {
  const [e] = await db.select({ main: events.mainSessionId }).from(events).where(eq(events.id, eventId));
  const sessions = await sessionsOf(db, eventId);
  const main = sessions.find((s) => s.id === e?.main) ?? sessions.find((s) => s.kind === 'plenary' && s.bookingId);
  if (!main) return null;
  const n = (await sessionNotices(db, eventId)).find((x) => x.sessionId === main.id);
  return n ? { sessionId: main.id, noticeId: n.noticeId } : null;
}
