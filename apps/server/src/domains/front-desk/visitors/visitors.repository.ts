/** All SQL of visitors and the watch list: one function per query. */
import { and, desc, eq, gt, gte, ilike, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { VisitStatus } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  bookings,
  counters,
  directoryEntries,
  meetingAttendees,
  properties,
  serviceNotices,
  users,
  visits,
  visitorWatchList,
} from '../../../db/schema/index.ts';
import { containing, gramsContain, hasCjk } from '../../../lib/like.ts';

export type VisitRow = typeof visits.$inferSelect;
export type WatchRow = typeof visitorWatchList.$inferSelect;

const parent = alias(directoryEntries, 'host_parent');
const creator = alias(users, 'visit_creator');
const outBy = alias(users, 'visit_out_by');
const columns = {
  v: visits,
  host: directoryEntries,
  hostUnit: parent.nameZh,
  createdByName: creator.displayName,
  checkedOutByName: outBy.displayName,
};
export type VisitView = {
  v: VisitRow;
  host: typeof directoryEntries.$inferSelect;
  hostUnit: string | null;
  createdByName: string | null;
  checkedOutByName: string | null;
};

function visitsQuery(db: DbOrTx) {
  return db
    .select(columns)
    .from(visits)
    .innerJoin(directoryEntries, eq(directoryEntries.id, visits.hostEntryId))
    .leftJoin(parent, eq(parent.id, directoryEntries.parentId))
    .leftJoin(creator, eq(creator.id, visits.createdBy))
    .leftJoin(outBy, eq(outBy.id, visits.checkedOutBy));
}

/** Next value of the property's visit counter, in the caller's transaction. */
export async function nextNumber(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [r] = await tx
    .insert(counters)
    .values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(r!.value);
}

export async function insertVisit(db: DbOrTx, row: typeof visits.$inferInsert) {
  return (await db.insert(visits).values(row).returning())[0]!;
}

/** Changes a visit only while it is still in one of `from` (null: someone else changed it first). */
export async function updateVisit(db: DbOrTx, id: string, from: readonly VisitStatus[], patch: Partial<typeof visits.$inferInsert>) {
  return (
    (
      await db
        .update(visits)
        .set(patch)
        .where(and(eq(visits.id, id), inArray(visits.status, [...from])))
        .returning()
    )[0] ?? null
  );
}

export async function findVisit(db: DbOrTx, id: string): Promise<VisitView | null> {
  return (await visitsQuery(db).where(eq(visits.id, id)).limit(1))[0] ?? null;
}

export async function findBySlip(db: DbOrTx, propertyId: string, token: string): Promise<VisitView | null> {
  return (
    (
      await visitsQuery(db)
        .where(and(eq(visits.propertyId, propertyId), eq(visits.slipToken, token)))
        .limit(1)
    )[0] ?? null
  );
}

export interface VisitFilter {
  propertyId: string;
  statuses?: readonly VisitStatus[];
  /** Only visits this user hosts or registered (a tenant's own). */
  userId?: string;
  q?: string;
  /** The reader sees ID numbers: `q` also finds a visit by its ID number (the whole number, as scanned). */
  idNumbers?: boolean;
  /** Only the guests pre-registered from this meeting. */
  noticeId?: string;
  from?: Date;
  to?: Date;
  after?: unknown[];
  limit: number;
  /** How many of the newest visits a text search reads before it turns to the indexes (tests: 1). */
  recentWalk?: number;
}

/** How many of the newest visits a text search reads before it turns to the indexes. */
const RECENT_WALK = 4000;
/** A text naming this many hosts matches many visits. */
const COMMON_HOSTS = 20;

export async function listVisits(db: DbOrTx, f: VisitFilter) {
  const t = f.q ? containing(f.q) : null;
  // The hosts the text names (person, their unit, or initials) first: the visits then by a list of
  // entries the planner can weigh, beside visits_search_trgm_idx (0027).
  const hosts = t
    ? (
        await db
          .select({ id: directoryEntries.id })
          .from(directoryEntries)
          .leftJoin(parent, eq(parent.id, directoryEntries.parentId))
          .where(
            and(
              eq(directoryEntries.propertyId, f.propertyId),
              or(
                ilike(directoryEntries.nameZh, t),
                ilike(parent.nameZh, t),
                sql`${directoryEntries.initials} like ${f.q!.toLowerCase().replace(/[\\%_]/g, '\\$&') + '%'}`,
              ),
            ),
          )
      ).map((r) => r.id)
    : [];
  // The filters every visit of the list meets, the text aside.
  const conds: (SQL | undefined)[] = [
    eq(visits.propertyId, f.propertyId),
    f.statuses ? inArray(visits.status, [...f.statuses]) : undefined,
    f.userId ? or(eq(visits.hostUserId, f.userId), eq(visits.createdBy, f.userId)) : undefined,
    f.noticeId ? eq(visits.noticeId, f.noticeId) : undefined,
    f.from ? gte(visits.createdAt, f.from) : undefined,
    f.to ? lt(visits.createdAt, f.to) : undefined,
    f.after ? sql`(${visits.createdAt}, ${visits.id}) < (${new Date(String(f.after[0]))}, ${f.after[1]})` : undefined,
  ];
  const newestFirst = [desc(visits.createdAt), desc(visits.id)];
  if (!t)
    return visitsQuery(db)
      .where(and(...conds))
      .orderBy(...newestFirst)
      .limit(f.limit);
  // A text matches the visitor (name, phone, company, number, plate), one of the hosts it names, or the whole
  // ID number.
  const visitorText = hasCjk(f.q!)
    ? sql`${visits.visitorName} || ' ' || coalesce(${visits.company}, '') || ' ' || coalesce(${visits.carPlate}, '')`
    : sql`${visits.visitorName} || ' ' || coalesce(${visits.visitorPhone}, '') || ' ' || coalesce(${visits.company}, '') || ' ' || ${visits.number} || ' ' || coalesce(${visits.carPlate}, '')`;
  const ways: SQL[] = [sql`(${visitorText}) ilike ${t}`];
  if (hosts.length) ways.push(inArray(visits.hostEntryId, hosts));
  if (f.idNumbers) ways.push(eq(visits.idNumber, f.q!.toUpperCase()));
  // A common text (王, 张伟) matches thousands of visits — through the visitor's name and through the hundreds of
  // hosts it names — and its newest `limit` lie among the newest few thousand visits: read those first, newest
  // first, checking each (no index); when at least `limit` of them match (or there were no more), they are the
  // answer. Planned as one query with the indexes below, a common text had all its matches read and sorted
  // (bench:front-desk, visitor_search_name). A longer text (a full name, a phone or ID number) goes to the indexes.
  const common = (hasCjk(f.q!) && [...f.q!].length <= 2) || hosts.length >= COMMON_HOSTS;
  if (common) {
    const [walk] = (
      await db.execute<{ scanned: number; ids: string[] }>(
        sql`select count(*)::int as scanned,
            coalesce((array_agg(w.id::text order by w.created_at desc, w.id desc) filter (where w.hit))[1:${f.limit}], '{}') as ids
          from (select ${visits.id} as id, ${visits.createdAt} as created_at, (${or(...ways)}) as hit from ${visits}
                where ${and(...conds)} order by ${visits.createdAt} desc, ${visits.id} desc limit ${f.recentWalk ?? RECENT_WALK}) w`,
      )
    ).rows;
    if (walk!.ids.length >= f.limit || walk!.scanned < (f.recentWalk ?? RECENT_WALK))
      return walk!.ids.length
        ? visitsQuery(db)
            .where(and(eq(visits.propertyId, f.propertyId), inArray(visits.id, walk!.ids)))
            .orderBy(...newestFirst)
            .limit(f.limit)
        : [];
  }
  // A rarer text: each way through its index — Chinese text by its characters (visits_name_grams_idx, 0030), the
  // rest by trigrams (visits_search_trgm_idx, 0027), each expression exactly as indexed; the hosts' visits
  // (visits_host_entry_idx); the ID number (visits_id_number_idx) — for its own newest `limit`, planned on its
  // own. The newest `limit` of their union are the newest `limit` of the whole.
  ways[0] = hasCjk(f.q!) ? gramsContain(visitorText, f.q!) : ways[0]!;
  const newest = ways.map(
    (way) =>
      sql`(select ${visits.id} from ${visits} where ${and(...conds, way)} order by ${visits.createdAt} desc, ${visits.id} desc limit ${f.limit})`,
  );
  return visitsQuery(db)
    .where(and(eq(visits.propertyId, f.propertyId), sql`${visits.id} in (${sql.join(newest, sql` union `)})`))
    .orderBy(...newestFirst)
    .limit(f.limit);
}

/** Visitors still signed in whose visit began before `before` and who were not reminded about yet. */
export async function overdueSignOuts(db: DbOrTx, before: Date) {
  return db
    .select({ v: visits, hostName: directoryEntries.nameZh })
    .from(visits)
    .innerJoin(directoryEntries, eq(directoryEntries.id, visits.hostEntryId))
    .where(and(eq(visits.status, 'checked_in'), lt(visits.checkedInAt, before), isNull(visits.remindedAt)))
    .orderBy(visits.propertyId, visits.checkedInAt)
    .limit(500);
}

export async function markReminded(db: DbOrTx, ids: string[], at: Date) {
  if (ids.length) await db.update(visits).set({ remindedAt: at }).where(inArray(visits.id, ids));
}

/** Appointments still expected (or consented) whose expected time (or, without one, registration) is before `before`. */
export async function noShowsDue(db: DbOrTx, before: Date, propertyId?: string) {
  return db
    .select()
    .from(visits)
    .where(
      and(
        propertyId ? eq(visits.propertyId, propertyId) : undefined,
        eq(visits.kind, 'appointment'),
        inArray(visits.status, ['expected', 'admitted']),
        lt(sql`coalesce(${visits.expectedAt}, ${visits.createdAt})`, before),
      ),
    )
    .orderBy(visits.propertyId, visits.createdAt)
    .limit(2000);
}

/** Marks them no_show (only those still open: a visitor who came meanwhile stays checked in). */
export async function markNoShows(db: DbOrTx, ids: string[], at: Date) {
  if (!ids.length) return [];
  return db
    .update(visits)
    .set({ status: 'no_show', noShowAt: at, updatedAt: at })
    .where(and(inArray(visits.id, ids), inArray(visits.status, ['expected', 'admitted'])))
    .returning();
}

// ---------- meetings whose guests the desk pre-registers ----------

const meetingColumns = {
  noticeId: serviceNotices.id,
  number: serviceNotices.number,
  status: serviceNotices.status,
  startAt: serviceNotices.startAt,
  endAt: serviceNotices.endAt,
  endedAt: serviceNotices.endedAt,
  propertyId: serviceNotices.propertyId,
  bookingId: bookings.id,
  topic: bookings.topic,
  organizerUnit: bookings.organizerUnit,
  organizationId: bookings.organizationId,
  contactName: bookings.contactName,
  contactPhone: bookings.contactPhone,
  confidentiality: bookings.confidentiality,
};
export type VisitMeetingRow = Awaited<ReturnType<typeof meetingsBetween>>[number];

/** Active meetings of the property starting in [from, to). */
export async function meetingsBetween(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select(meetingColumns)
    .from(serviceNotices)
    .innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId))
    .where(
      and(
        eq(serviceNotices.propertyId, propertyId),
        eq(serviceNotices.status, 'active'),
        gte(serviceNotices.startAt, from),
        lt(serviceNotices.startAt, to),
      ),
    )
    .orderBy(serviceNotices.startAt);
}

export async function findMeeting(db: DbOrTx, noticeId: string) {
  return (
    (
      await db
        .select(meetingColumns)
        .from(serviceNotices)
        .innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId))
        .where(eq(serviceNotices.id, noticeId))
    )[0] ?? null
  );
}

export const meetingAttendeesOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length
    ? db.select().from(meetingAttendees).where(inArray(meetingAttendees.noticeId, noticeIds)).orderBy(meetingAttendees.createdAt)
    : Promise.resolve([] as (typeof meetingAttendees.$inferSelect)[]);

/** Visits pre-registered from these meetings: their attendee ids and counts. */
export async function visitsOfMeetings(db: DbOrTx, noticeIds: string[]) {
  if (!noticeIds.length) return [];
  return db
    .select({ noticeId: visits.noticeId, attendeeId: visits.meetingAttendeeId })
    .from(visits)
    .where(inArray(visits.noticeId, noticeIds));
}

/** The property's people in the directory (hosts, and who counts as not a guest). */
export async function directoryPeople(db: DbOrTx, propertyId: string) {
  return db
    .select({
      id: directoryEntries.id,
      nameZh: directoryEntries.nameZh,
      phone: directoryEntries.phone,
      mobile: directoryEntries.mobile,
      unitName: parent.nameZh,
    })
    .from(directoryEntries)
    .leftJoin(parent, eq(parent.id, directoryEntries.parentId))
    .where(and(eq(directoryEntries.propertyId, propertyId), eq(directoryEntries.kind, 'person'), isNull(directoryEntries.archivedAt)));
}

/** Inserts a visit unless one exists for its meeting attendee already (null then). */
export async function insertVisitOnce(db: DbOrTx, row: typeof visits.$inferInsert) {
  return (await db.insert(visits).values(row).onConflictDoNothing().returning())[0] ?? null;
}

export async function activeWatch(db: DbOrTx, propertyId: string) {
  return db
    .select()
    .from(visitorWatchList)
    .where(and(eq(visitorWatchList.propertyId, propertyId), eq(visitorWatchList.active, true)))
    .orderBy(visitorWatchList.createdAt);
}

export async function listWatch(db: DbOrTx, propertyId: string) {
  return db
    .select({ w: visitorWatchList, createdByName: users.displayName })
    .from(visitorWatchList)
    .leftJoin(users, eq(users.id, visitorWatchList.createdBy))
    .where(eq(visitorWatchList.propertyId, propertyId))
    .orderBy(desc(visitorWatchList.active), desc(visitorWatchList.createdAt));
}

export async function findWatch(db: DbOrTx, id: string) {
  return (await db.select().from(visitorWatchList).where(eq(visitorWatchList.id, id)))[0] ?? null;
}

export async function insertWatch(db: DbOrTx, row: typeof visitorWatchList.$inferInsert) {
  return (await db.insert(visitorWatchList).values(row).returning())[0]!;
}

export async function setWatchActive(db: DbOrTx, id: string, active: boolean) {
  return (await db.update(visitorWatchList).set({ active }).where(eq(visitorWatchList.id, id)).returning())[0]!;
}

/** The directory person whose account is this user (a tenant hosting their own visitors). */
export async function entryOfUser(db: DbOrTx, propertyId: string, userId: string) {
  return (
    (
      await db
        .select({ id: directoryEntries.id })
        .from(directoryEntries)
        .where(and(eq(directoryEntries.propertyId, propertyId), eq(directoryEntries.userId, userId), isNull(directoryEntries.archivedAt)))
        .limit(1)
    )[0]?.id ?? null
  );
}

export async function timeZoneOf(db: DbOrTx, propertyId: string) {
  const [r] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return r?.tz ?? 'Asia/Shanghai';
}

/**
 * The desk queue's view of visits in `statuses`: how many there are and the first `limit` of them, in one
 * query (a window count beside the rows). Consent waits by deadline (no deadline last), then by arrival;
 * people in the building by check-in time.
 */
export async function topVisits(
  db: DbOrTx,
  f: { propertyId: string; statuses: readonly VisitStatus[]; order: 'deadline' | 'check_in'; limit: number },
) {
  const order =
    f.order === 'deadline'
      ? [sql`${visits.consentDeadline} asc nulls last`, visits.createdAt]
      : [sql`${visits.checkedInAt} asc nulls last`];
  const rows = await db
    .select({
      id: visits.id,
      number: visits.number,
      status: visits.status,
      visitorName: visits.visitorName,
      partySize: visits.partySize,
      company: visits.company,
      badgeNo: visits.badgeNo,
      createdAt: visits.createdAt,
      consentDeadline: visits.consentDeadline,
      checkedInAt: visits.checkedInAt,
      hostName: directoryEntries.nameZh,
      hostUnit: parent.nameZh,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(visits)
    .innerJoin(directoryEntries, eq(directoryEntries.id, visits.hostEntryId))
    .leftJoin(parent, eq(parent.id, directoryEntries.parentId))
    .where(and(eq(visits.propertyId, f.propertyId), inArray(visits.status, [...f.statuses])))
    .orderBy(...order, visits.id)
    .limit(f.limit);
  return { total: rows[0]?.total ?? 0, rows };
}

// ---------- read by the shift handover (F5) ----------

/** Visitors in the building at `at`: checked in by then and not out by then (oldest first, bounded). */
export async function inBuildingAt(db: DbOrTx, propertyId: string, at: Date, limit = 200) {
  return visitsQuery(db)
    .where(
      and(
        eq(visits.propertyId, propertyId),
        inArray(visits.status, ['checked_in', 'checked_out']),
        lte(visits.checkedInAt, at),
        or(isNull(visits.checkedOutAt), gt(visits.checkedOutAt, at)),
      ),
    )
    .orderBy(visits.checkedInAt, visits.id)
    .limit(limit);
}

/** How many visits were checked in within [from, to). */
export async function checkedInCount(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(visits)
    .where(and(eq(visits.propertyId, propertyId), gte(visits.checkedInAt, from), lt(visits.checkedInAt, to)));
  return r?.n ?? 0;
}
