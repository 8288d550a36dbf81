/** All SQL of event guests (M13): the list, the personal link, invitations, reminders, the registration, sign-in counts. */
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventGuests, events, meetingAttendees, venues } from '../../../db/schema/index.ts';

export type GuestRow = typeof eventGuests.$inferSelect;
export type GuestWrite = typeof eventGuests.$inferInsert;
const one = <T>(rows: T[]) => rows[0] ?? null;

export interface GuestFilter {
  rsvp?: string;
  kind?: string;
  organization?: string;
  q?: string;
}

export function listGuests(db: DbOrTx, eventId: string, f: GuestFilter = {}) {
  const like = f.q ? `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select()
    .from(eventGuests)
    .where(
      and(
        eq(eventGuests.eventId, eventId),
        f.rsvp ? eq(eventGuests.rsvp, f.rsvp as GuestRow['rsvp']) : undefined,
        f.kind ? eq(eventGuests.kind, f.kind as GuestRow['kind']) : undefined,
        f.organization ? ilike(eventGuests.organization, `%${f.organization}%`) : undefined,
        like ? or(ilike(eventGuests.name, like), ilike(eventGuests.phone, like)) : undefined,
      ),
    )
    .orderBy(asc(eventGuests.createdAt), asc(eventGuests.name));
}

export const findGuest = async (db: DbOrTx, eventId: string, id: string) =>
  one(
    await db
      .select()
      .from(eventGuests)
      .where(and(eq(eventGuests.eventId, eventId), eq(eventGuests.id, id))),
  );

export const findByToken = async (db: DbOrTx, token: string) =>
  one(await db.select().from(eventGuests).where(eq(eventGuests.inviteToken, token)));

export const insertGuests = async (tx: DbOrTx, rows: GuestWrite[]) => (rows.length ? tx.insert(eventGuests).values(rows).returning() : []);

export const updateGuest = async (tx: DbOrTx, id: string, patch: Partial<GuestWrite>, now: Date) =>
  one(
    await tx
      .update(eventGuests)
      .set({ ...patch, updatedAt: now })
      .where(eq(eventGuests.id, id))
      .returning(),
  );

/** Removes a guest not yet invited; null when it was invited meanwhile. */
export const deleteDraft = async (tx: DbOrTx, id: string) =>
  one(
    await tx
      .delete(eventGuests)
      .where(and(eq(eventGuests.id, id), eq(eventGuests.rsvp, 'draft')))
      .returning(),
  );

/** name|phone of every guest on the list. */
export async function keysOf(db: DbOrTx, eventId: string) {
  const rows = await db
    .select({ name: eventGuests.name, phone: eventGuests.phone })
    .from(eventGuests)
    .where(eq(eventGuests.eventId, eventId));
  return new Set(rows.map((r) => `${r.name}|${r.phone ?? ''}`));
}

/** Drafts become invited (guarded: a guest invited twice is not invited again). */
export async function markInvited(tx: DbOrTx, eventId: string, ids: string[] | null, now: Date) {
  return tx
    .update(eventGuests)
    .set({ rsvp: 'invited', invitedAt: now, updatedAt: now })
    .where(and(eq(eventGuests.eventId, eventId), eq(eventGuests.rsvp, 'draft'), ids ? inArray(eventGuests.id, ids) : undefined))
    .returning();
}

/** One more reminder, once per round: only while still invited and with the reminders count the caller saw. */
export async function markReminded(tx: DbOrTx, id: string, seen: number, now: Date) {
  return one(
    await tx
      .update(eventGuests)
      .set({ reminders: seen + 1, remindedAt: now, updatedAt: now })
      .where(and(eq(eventGuests.id, id), eq(eventGuests.rsvp, 'invited'), eq(eventGuests.reminders, seen)))
      .returning(),
  );
}

/** Invited, unanswered guests of events not yet begun, with their event. */
export async function unanswered(db: DbOrTx, eventId?: string) {
  return db
    .select({ g: eventGuests, e: events })
    .from(eventGuests)
    .innerJoin(events, eq(events.id, eventGuests.eventId))
    .where(
      and(eq(eventGuests.rsvp, 'invited'), inArray(events.status, ['planning', 'ready']), eventId ? eq(events.id, eventId) : undefined),
    );
}

/** Where the event takes place: its sessions' venues and places, in programme order. */
export async function placeOf(db: DbOrTx, eventId: string): Promise<string | null> {
  const rows = (
    await db.execute(sql`
      select coalesce(v.name, s.place) as place from event_sessions s left join ${venues} v on v.id = s.venue_id
      where s.event_id = ${eventId} and coalesce(v.name, s.place) is not null order by s.starts_at, s.sort limit 1`)
  ).rows as { place: string }[];
  return rows[0]?.place ?? null;
}

/** Attendees and sign-ins per notice. */
export async function signInCounts(db: DbOrTx, noticeIds: string[]) {
  if (!noticeIds.length) return new Map<string, { total: number; signedIn: number }>();
  const rows = await db
    .select({
      noticeId: meetingAttendees.noticeId,
      total: sql<number>`count(*)::int`,
      signedIn: sql<number>`count(${meetingAttendees.signedInAt})::int`,
    })
    .from(meetingAttendees)
    .where(inArray(meetingAttendees.noticeId, noticeIds))
    .groupBy(meetingAttendees.noticeId);
  return new Map(rows.map((r) => [r.noticeId, { total: r.total, signedIn: r.signedIn }]));
}
