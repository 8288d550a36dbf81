/** All SQL of attendees, the meeting page (agenda, handbook, signing key) and sign-ins (M11). */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { meetingAttendees, meetingPages } from '../../../db/schema/index.ts';

const one = <T>(rows: T[]) => rows[0] ?? null;

export type AttendeeRow = typeof meetingAttendees.$inferSelect;
export type PageRow = typeof meetingPages.$inferSelect;
export const page = async (db: DbOrTx, noticeId: string) =>
  one(await db.select().from(meetingPages).where(eq(meetingPages.noticeId, noticeId)));
/** The page row, made on first use with a fresh signing secret. */
export async function ensurePage(tx: DbOrTx, noticeId: string, propertyId: string, secret: string) {
  await tx.insert(meetingPages).values({ noticeId, propertyId, signInSecret: secret }).onConflictDoNothing();
  return (await page(tx, noticeId))!;
}
export async function updatePage(tx: DbOrTx, noticeId: string, patch: Partial<typeof meetingPages.$inferInsert>) {
  return one(await tx.update(meetingPages).set(patch).where(eq(meetingPages.noticeId, noticeId)).returning())!;
}
export const attendeesOf = (db: DbOrTx, noticeId: string) =>
  db
    .select()
    .from(meetingAttendees)
    .where(eq(meetingAttendees.noticeId, noticeId))
    .orderBy(asc(meetingAttendees.createdAt), asc(meetingAttendees.name));
export const findAttendee = async (db: DbOrTx, id: string) =>
  one(await db.select().from(meetingAttendees).where(eq(meetingAttendees.id, id)));
export async function insertAttendees(tx: DbOrTx, rows: (typeof meetingAttendees.$inferInsert)[]) {
  return rows.length ? tx.insert(meetingAttendees).values(rows).returning() : [];
}
/** Signs in once: the first sign-in wins, a repeat returns null. */
export async function signIn(tx: DbOrTx, id: string, noticeId: string, at: Date, via: 'qr' | 'desk') {
  return one(
    await tx
      .update(meetingAttendees)
      .set({ signedInAt: at, signedInVia: via })
      .where(and(eq(meetingAttendees.id, id), eq(meetingAttendees.noticeId, noticeId), isNull(meetingAttendees.signedInAt)))
      .returning(),
  );
}
export async function findByNamePhone(db: DbOrTx, noticeId: string, name: string, phone: string | null) {
  return db
    .select()
    .from(meetingAttendees)
    .where(
      and(eq(meetingAttendees.noticeId, noticeId), eq(meetingAttendees.name, name), phone ? eq(meetingAttendees.phone, phone) : undefined),
    );
}
export async function signInCount(db: DbOrTx, noticeId: string) {
  const [r] = await db
    .select({ total: sql<number>`count(*)::int`, signedIn: sql<number>`count(${meetingAttendees.signedInAt})::int` })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.noticeId, noticeId));
  return { total: r?.total ?? 0, signedIn: r?.signedIn ?? 0 };
}
