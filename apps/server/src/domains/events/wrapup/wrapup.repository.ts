/** All SQL of the wrap-up (M13): inspection, record items, survey answers, the summary, and the figures it reads. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  eventGuests,
  eventInspections,
  eventRecordItems,
  eventSummaries,
  eventSurveyAnswers,
  eventSurveys,
  meetingAttendees,
  meetingIncidents,
  userRoles,
  users,
} from '../../../db/schema/index.ts';

export type InspectionRow = typeof eventInspections.$inferSelect;
export type RecordRow = typeof eventRecordItems.$inferSelect;
export type SummaryRow = typeof eventSummaries.$inferSelect;

// ---------- inspection ----------
export const findInspection = async (db: DbOrTx, eventId: string) =>
  (await db.select().from(eventInspections).where(eq(eventInspections.eventId, eventId)))[0] ?? null;

export const insertInspection = async (tx: DbOrTx, v: typeof eventInspections.$inferInsert) =>
  (await tx.insert(eventInspections).values(v).onConflictDoNothing().returning())[0] ?? null;

/** Updates when the version still matches, bumping it; null when someone else changed it first. */
export async function updateInspection(tx: DbOrTx, eventId: string, version: number, patch: Partial<typeof eventInspections.$inferInsert>) {
  const rows = await tx
    .update(eventInspections)
    .set({ ...patch, version: sql`${eventInspections.version} + 1` })
    .where(and(eq(eventInspections.eventId, eventId), eq(eventInspections.version, version)))
    .returning();
  return rows[0] ?? null;
}

// ---------- record ----------
export const recordItemsOf = (db: DbOrTx, eventId: string) =>
  db
    .select({ r: eventRecordItems, createdByName: users.displayName })
    .from(eventRecordItems)
    .leftJoin(users, eq(users.id, eventRecordItems.createdBy))
    .where(eq(eventRecordItems.eventId, eventId))
    .orderBy(asc(eventRecordItems.createdAt), asc(eventRecordItems.title));

export const findRecordItem = async (db: DbOrTx, eventId: string, id: string) =>
  (
    await db
      .select()
      .from(eventRecordItems)
      .where(and(eq(eventRecordItems.eventId, eventId), eq(eventRecordItems.id, id)))
  )[0] ?? null;

export const findRecordByFile = async (db: DbOrTx, fileId: string) =>
  (await db.select().from(eventRecordItems).where(eq(eventRecordItems.fileId, fileId)))[0] ?? null;

export const insertRecordItem = async (tx: DbOrTx, v: typeof eventRecordItems.$inferInsert) =>
  (await tx.insert(eventRecordItems).values(v).returning())[0]!;

export const setConfidential = async (tx: DbOrTx, id: string, confidential: boolean) =>
  (await tx.update(eventRecordItems).set({ confidential }).where(eq(eventRecordItems.id, id)).returning())[0]!;

/** Hands over the items not handed over yet; returns those it changed. */
export const handOverItems = (tx: DbOrTx, eventId: string, ids: string[], by: string, at: Date) =>
  tx
    .update(eventRecordItems)
    .set({ handedOverAt: at, handedOverBy: by })
    .where(and(eq(eventRecordItems.eventId, eventId), inArray(eventRecordItems.id, ids), isNull(eventRecordItems.handedOverAt)))
    .returning();

/** The organizer accounts of an organization in the property (who receive the handed-over record). */
export async function organizerUsers(db: DbOrTx, propertyId: string, organizationId: string) {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.disabled, false),
        eq(userRoles.propertyId, propertyId),
        eq(userRoles.role, 'organizer'),
      ),
    );
  return rows.map((r) => r.id);
}

// ---------- survey ----------
export const guestByToken = async (db: DbOrTx, token: string) =>
  (await db.select().from(eventGuests).where(eq(eventGuests.inviteToken, token)))[0] ?? null;

/** Records the answer unless the guest answered already (the primary key decides races); null when answered. */
export const insertAnswer = async (tx: DbOrTx, v: typeof eventSurveyAnswers.$inferInsert) =>
  (await tx.insert(eventSurveyAnswers).values(v).onConflictDoNothing().returning())[0] ?? null;

export const answered = async (db: DbOrTx, guestId: string) =>
  (await db.select({ id: eventSurveyAnswers.guestId }).from(eventSurveyAnswers).where(eq(eventSurveyAnswers.guestId, guestId))).length > 0;

export const answersOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventSurveyAnswers).where(eq(eventSurveyAnswers.eventId, eventId)).orderBy(asc(eventSurveyAnswers.answeredAt));

export const registeredGuests = (db: DbOrTx, eventId: string) =>
  db
    .select({ id: eventGuests.id, name: eventGuests.name, phone: eventGuests.phone, token: eventGuests.inviteToken })
    .from(eventGuests)
    .where(and(eq(eventGuests.eventId, eventId), eq(eventGuests.rsvp, 'registered')))
    .orderBy(asc(eventGuests.name));

export const findSurvey = async (db: DbOrTx, eventId: string) =>
  (await db.select().from(eventSurveys).where(eq(eventSurveys.eventId, eventId)))[0] ?? null;

export const upsertSurvey = (tx: DbOrTx, v: typeof eventSurveys.$inferInsert) =>
  tx
    .insert(eventSurveys)
    .values(v)
    .onConflictDoUpdate({ target: eventSurveys.eventId, set: { sentAt: v.sentAt, sentBy: v.sentBy, sentCount: v.sentCount } });

// ---------- summary ----------
export const findSummary = async (db: DbOrTx, eventId: string) =>
  (await db.select().from(eventSummaries).where(eq(eventSummaries.eventId, eventId)))[0] ?? null;

/** Draws (or redraws while drafted) the figures; null when it is filed already. Keeps the sections written. */
export async function drawSummary(tx: DbOrTx, v: typeof eventSummaries.$inferInsert) {
  const rows = await tx
    .insert(eventSummaries)
    .values(v)
    .onConflictDoUpdate({
      target: eventSummaries.eventId,
      set: { figures: v.figures, drawnAt: v.drawnAt, drawnBy: v.drawnBy, version: sql`${eventSummaries.version} + 1` },
      setWhere: eq(eventSummaries.status, 'drafted'),
    })
    .returning();
  return rows[0] ?? null;
}

/** Updates a drafted summary at its version; null when filed or changed meanwhile. */
export async function updateSummary(tx: DbOrTx, eventId: string, version: number, patch: Partial<typeof eventSummaries.$inferInsert>) {
  const rows = await tx
    .update(eventSummaries)
    .set({ ...patch, version: sql`${eventSummaries.version} + 1` })
    .where(and(eq(eventSummaries.eventId, eventId), eq(eventSummaries.version, version), eq(eventSummaries.status, 'drafted')))
    .returning();
  return rows[0] ?? null;
}

/** Signed-in attendees per service notice (the sessions' sign-in lists). */
export async function signInsByNotice(db: DbOrTx, noticeIds: string[]) {
  if (!noticeIds.length) return new Map<string, number>();
  const rows = await db
    .select({ noticeId: meetingAttendees.noticeId, n: sql<number>`count(*)::int` })
    .from(meetingAttendees)
    .where(and(inArray(meetingAttendees.noticeId, noticeIds), sql`${meetingAttendees.signedInAt} is not null`))
    .groupBy(meetingAttendees.noticeId);
  return new Map(rows.map((r) => [r.noticeId, Number(r.n)]));
}

/** The incidents reported on the sessions' notices. */
export const incidentsOfNotices = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length
    ? db.select().from(meetingIncidents).where(inArray(meetingIncidents.noticeId, noticeIds)).orderBy(asc(meetingIncidents.reportedAt))
    : Promise.resolve([]);

export async function userNames(db: DbOrTx, ids: (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (!list.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}
