/** All SQL of the meeting reports and the organizer's satisfaction survey (M10). */
import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  bookings,
  meetingChecks,
  meetingFeeStatements,
  meetingFeePayments,
  meetingIncidents,
  meetingSurveys,
  meetingTasks,
  serviceNotices,
  venues,
} from '../../../db/schema/index.ts';
import { upsertOfNotice } from '../meeting/meeting.repository.ts';

export type SurveyRow = typeof meetingSurveys.$inferSelect;
const one = <T>(rows: T[]) => rows[0] ?? null;

/** The property's notices of meetings starting in [from, to). */
const startingIn = (propertyId: string, from: Date, to: Date) =>
  and(eq(serviceNotices.propertyId, propertyId), gte(serviceNotices.startAt, from), lt(serviceNotices.startAt, to));

/** Notices of meetings starting in [from, to), with their booking's organization and confidentiality. */
export function noticesStarting(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({
      n: serviceNotices,
      organizationId: bookings.organizationId,
      confidentiality: bookings.confidentiality,
      bookingStatus: bookings.status,
    })
    .from(serviceNotices)
    .innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId))
    .where(startingIn(propertyId, from, to))
    .orderBy(asc(serviceNotices.startAt), asc(serviceNotices.number));
}

/** True when an active meeting's notice starts in [from, to). */
export async function anyNoticeStarting(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const rows = await db
    .select({ id: serviceNotices.id })
    .from(serviceNotices)
    .where(and(startingIn(propertyId, from, to), eq(serviceNotices.status, 'active')))
    .limit(1);
  return rows.length > 0;
}

export const checksOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length
    ? db.select().from(meetingChecks).where(inArray(meetingChecks.noticeId, noticeIds)).orderBy(asc(meetingChecks.level))
    : Promise.resolve([]);
export const incidentsOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length
    ? db.select().from(meetingIncidents).where(inArray(meetingIncidents.noticeId, noticeIds)).orderBy(asc(meetingIncidents.reportedAt))
    : Promise.resolve([]);
export const surveysOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length ? db.select().from(meetingSurveys).where(inArray(meetingSurveys.noticeId, noticeIds)) : Promise.resolve([]);
export const statementsOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length ? db.select().from(meetingFeeStatements).where(inArray(meetingFeeStatements.noticeId, noticeIds)) : Promise.resolve([]);

/** Payments recorded as paid in [from, to) for the property's statements. */
export async function paymentsIn(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int`, fen: sql<number>`coalesce(sum(${meetingFeePayments.amountFen}), 0)::bigint`.mapWith(Number) })
    .from(meetingFeePayments)
    .where(and(eq(meetingFeePayments.propertyId, propertyId), gte(meetingFeePayments.paidAt, from), lt(meetingFeePayments.paidAt, to)));
  return { count: r?.n ?? 0, fen: r?.fen ?? 0 };
}

export const venuesOf = (db: DbOrTx, propertyId: string) =>
  db
    .select({
      id: venues.id,
      code: venues.code,
      name: venues.name,
      type: venues.venueType,
      cls: venues.venueClass,
      bookable: venues.bookable,
    })
    .from(venues)
    .where(eq(venues.propertyId, propertyId))
    .orderBy(asc(venues.code));

/** Confirmed bookings overlapping [from, to) (what was booked, whether or not a notice exists). */
export const confirmedBookings = (db: DbOrTx, propertyId: string, from: Date, to: Date) =>
  db
    .select({
      id: bookings.id,
      venueId: bookings.venueId,
      startAt: bookings.startAt,
      endAt: bookings.endAt,
      organizerUnit: bookings.organizerUnit,
      attendeeCount: bookings.attendeeCount,
    })
    .from(bookings)
    .where(
      and(
        eq(bookings.propertyId, propertyId),
        eq(bookings.status, 'confirmed'),
        lt(bookings.startAt, to),
        sql`${bookings.endAt} > ${from}`,
      ),
    );

/** Tasks done in [from, to), with their meeting's times (staff workload). */
export function tasksDone(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({
      userId: meetingTasks.doneBy,
      noticeId: meetingTasks.noticeId,
      department: meetingTasks.department,
      dueAt: meetingTasks.dueAt,
      doneAt: meetingTasks.doneAt,
      startAt: serviceNotices.startAt,
      endAt: serviceNotices.endAt,
    })
    .from(meetingTasks)
    .innerJoin(serviceNotices, eq(serviceNotices.id, meetingTasks.noticeId))
    .where(
      and(
        eq(meetingTasks.propertyId, propertyId),
        eq(meetingTasks.status, 'done'),
        gte(meetingTasks.doneAt, from),
        lt(meetingTasks.doneAt, to),
      ),
    );
}

// ---------- survey ----------
export const findSurvey = async (db: DbOrTx, noticeId: string) =>
  one(await db.select().from(meetingSurveys).where(eq(meetingSurveys.noticeId, noticeId)));

/** Answers once: creates the row or fills the invited one; null when it was answered already. */
export async function answerSurvey(
  tx: DbOrTx,
  v: {
    noticeId: string;
    propertyId: string;
    organizationId: string | null;
    rating: number;
    comment: string | null;
    answeredBy: string;
    answeredAt: Date;
  },
) {
  const t = meetingSurveys;
  const set = { rating: v.rating, comment: v.comment, answeredBy: v.answeredBy, answeredAt: v.answeredAt };
  return upsertOfNotice(tx, t, v, set, isNull(t.answeredAt));
}

/** Meetings over (ended, or past their end by `delayMs`) since `since`, not yet invited nor answered. */
export function surveyCandidates(db: DbOrTx, now: Date, delayMs: number, since: Date, propertyId?: string, limit = 200) {
  const n = serviceNotices;
  return db
    .select({ notice: n, organizationId: bookings.organizationId })
    .from(n)
    .innerJoin(bookings, eq(bookings.id, n.bookingId))
    .where(
      and(
        eq(n.status, 'active'),
        propertyId ? eq(n.propertyId, propertyId) : undefined,
        sql`coalesce(${n.endedAt}, ${n.endAt} + make_interval(secs => ${delayMs / 1000})) <= ${now}`,
        sql`coalesce(${n.endedAt}, ${n.endAt}) >= ${since}`,
        sql`not exists (select 1 from meeting_surveys s where s.notice_id = ${n.id})`,
      ),
    )
    .orderBy(asc(n.endAt))
    .limit(limit);
}
/** Marks the invitation; null when another run (or an answer) came first. */
export async function insertInvite(
  tx: DbOrTx,
  v: { noticeId: string; propertyId: string; organizationId: string | null; invitedAt: Date },
) {
  return one(await tx.insert(meetingSurveys).values(v).onConflictDoNothing().returning());
}
