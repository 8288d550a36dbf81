/** All SQL of the mail room: one function per query. */
import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { mailIncidents, mailItems, mailNewspaperChecks, mailSubscriptions, userRoles, users } from '../../../db/schema/index.ts';
import type { MailKind, MailStatus } from '@hy/contracts';
import { containing, gramsContain, hasCjk } from '../../../lib/like.ts';

export type MailRow = typeof mailItems.$inferSelect;
export type MailInsert = typeof mailItems.$inferInsert;

export interface MailFilter {
  propertyId: string;
  statuses?: MailStatus[];
  direction?: 'in' | 'out';
  kinds?: MailKind[];
  q?: string;
  pigeonhole?: string;
  from?: Date;
  to?: Date;
  /** false: 机要 items left out (the reader may not see them) unless they are the recipient. */
  confidential: boolean;
  readerId: string;
  after?: unknown[];
  limit: number;
  oldestFirst?: boolean;
}

export async function listItems(db: DbOrTx, f: MailFilter) {
  const order = f.oldestFirst ? asc : desc;
  const cmp = f.oldestFirst ? '>' : '<';
  return db
    .select()
    .from(mailItems)
    .where(
      and(
        eq(mailItems.propertyId, f.propertyId),
        f.statuses?.length ? inArray(mailItems.status, f.statuses) : undefined,
        f.direction ? eq(mailItems.direction, f.direction) : undefined,
        f.kinds?.length ? inArray(mailItems.kind, f.kinds) : undefined,
        f.pigeonhole ? eq(mailItems.pigeonhole, f.pigeonhole) : undefined,
        f.from ? gte(mailItems.receivedAt, f.from) : undefined,
        f.to ? lt(mailItems.receivedAt, f.to) : undefined,
        f.confidential ? undefined : or(eq(mailItems.confidential, false), eq(mailItems.recipientUserId, f.readerId)),
        // Chinese text by its characters (mail_items_name_grams_idx, 0030), the rest by trigrams
        // (mail_items_search_trgm_idx, 0027); each expression exactly as indexed.
        f.q && hasCjk(f.q)
          ? gramsContain(
              sql`${mailItems.recipientName} || ' ' || coalesce(${mailItems.recipientUnit}, '') || ' ' || coalesce(${mailItems.carrier}, '')`,
              f.q,
            )
          : f.q
            ? sql`(${mailItems.recipientName} || ' ' || coalesce(${mailItems.recipientUnit}, '') || ' ' || coalesce(${mailItems.trackingNo}, '') || ' ' || ${mailItems.number} || ' ' || coalesce(${mailItems.carrier}, '')) ilike ${containing(f.q)}`
            : undefined,
        f.after
          ? sql`(${mailItems.receivedAt}, ${mailItems.id}) ${sql.raw(cmp)} (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(order(mailItems.receivedAt), order(mailItems.id))
    .limit(f.limit);
}

/** A tenant's items: addressed to them, or to their organization (机要 only to the person named). */
export async function itemsOfTenant(db: DbOrTx, propertyId: string, userId: string, organizationId: string | null, limit: number) {
  const own: SQL[] = [eq(mailItems.recipientUserId, userId)];
  if (organizationId) own.push(and(eq(mailItems.recipientOrganizationId, organizationId), eq(mailItems.confidential, false))!);
  return db
    .select()
    .from(mailItems)
    .where(and(eq(mailItems.propertyId, propertyId), eq(mailItems.direction, 'in'), or(...own)))
    .orderBy(desc(mailItems.receivedAt))
    .limit(limit);
}

export async function findItem(db: DbOrTx, id: string): Promise<MailRow | null> {
  return (await db.select().from(mailItems).where(eq(mailItems.id, id)).limit(1))[0] ?? null;
}

export async function insertItem(db: DbOrTx, row: MailInsert) {
  return (await db.insert(mailItems).values(row).returning())[0]!;
}

/** Today's next sequence number of one direction (the register numbers the day's items). */
export async function nextSeq(db: DbOrTx, propertyId: string, prefix: string) {
  // Two clerks logging at once take turns for the day's number (in the transaction; released at its end).
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${'mail:' + propertyId + ':' + prefix}))`);
  const [r] = await db
    .select({ n: count() })
    .from(mailItems)
    .where(and(eq(mailItems.propertyId, propertyId), sql`${mailItems.number} like ${prefix + '%'}`));
  return (r?.n ?? 0) + 1;
}

/**
 * Changes an item only while it is in one of `from` (and at `version` when given): null when somebody
 * else changed it first — the second of two hand-overs of the same parcel.
 */
export async function updateItem(db: DbOrTx, id: string, from: MailStatus[], version: number | undefined, patch: Partial<MailInsert>) {
  const [u] = await db
    .update(mailItems)
    .set({ ...patch, version: sql`${mailItems.version} + 1` })
    .where(and(eq(mailItems.id, id), inArray(mailItems.status, from), version !== undefined ? eq(mailItems.version, version) : undefined))
    .returning();
  return u ?? null;
}

/** Waiting items (a bounded batch) for the reminder job. */
export async function waitingItems(db: DbOrTx, limit: number) {
  return db
    .select()
    .from(mailItems)
    .where(and(eq(mailItems.status, 'waiting'), eq(mailItems.direction, 'in')))
    .orderBy(asc(mailItems.remindedAt), asc(mailItems.receivedAt))
    .limit(limit);
}

export async function markReminded(db: DbOrTx, id: string, at: Date) {
  await db
    .update(mailItems)
    .set({ remindedAt: at, remindCount: sql`${mailItems.remindCount} + 1` })
    .where(and(eq(mailItems.id, id), eq(mailItems.status, 'waiting')));
}

/** Unknown-recipient items still open, per property. */
export async function unknownCounts(db: DbOrTx) {
  return db
    .select({ propertyId: mailItems.propertyId, n: count() })
    .from(mailItems)
    .where(eq(mailItems.status, 'unknown'))
    .groupBy(mailItems.propertyId);
}

/** Active tenant users of an organization in a property (a parcel for the company reaches them). */
export async function tenantUsersOf(db: DbOrTx, propertyId: string, organizationId: string) {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.disabled, false),
        eq(userRoles.propertyId, propertyId),
        eq(userRoles.role, 'tenant'),
      ),
    );
  return rows.map((r) => r.id);
}

// Accuracy: items handled in a month, and the incidents.
export async function handledCount(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const [r] = await db
    .select({ n: count() })
    .from(mailItems)
    .where(and(eq(mailItems.propertyId, propertyId), gte(mailItems.receivedAt, from), lt(mailItems.receivedAt, to)));
  return r?.n ?? 0;
}

/** A zone name as an SQL literal (the same text in the select and the group by, which a parameter is not). */
const zone = (tz: string) => `'${tz.replace(/[^A-Za-z0-9_/+-]/g, '')}'`;

/** Items handled per month (YYYY-MM in the zone) from `from` to before `to`. */
export async function handledByMonth(db: DbOrTx, propertyId: string, from: Date, to: Date, tz: string) {
  const month = sql<string>`to_char(${mailItems.receivedAt} at time zone ${sql.raw(zone(tz))}, 'YYYY-MM')`;
  const rows = await db
    .select({ month, n: count() })
    .from(mailItems)
    .where(and(eq(mailItems.propertyId, propertyId), gte(mailItems.receivedAt, from), lt(mailItems.receivedAt, to)))
    .groupBy(month);
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}

/** Incidents per month (YYYY-MM in the zone) from `from` to before `to`. */
export async function incidentsByMonth(db: DbOrTx, propertyId: string, from: Date, to: Date, tz: string) {
  const month = sql<string>`to_char(${mailIncidents.at} at time zone ${sql.raw(zone(tz))}, 'YYYY-MM')`;
  const rows = await db
    .select({ month, n: count() })
    .from(mailIncidents)
    .where(and(eq(mailIncidents.propertyId, propertyId), gte(mailIncidents.at, from), lt(mailIncidents.at, to)))
    .groupBy(month);
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}

export async function incidentsIn(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({ i: mailIncidents, number: mailItems.number })
    .from(mailIncidents)
    .innerJoin(mailItems, eq(mailItems.id, mailIncidents.itemId))
    .where(and(eq(mailIncidents.propertyId, propertyId), gte(mailIncidents.at, from), lt(mailIncidents.at, to)))
    .orderBy(asc(mailIncidents.at));
}

export async function insertIncident(db: DbOrTx, row: typeof mailIncidents.$inferInsert) {
  return (await db.insert(mailIncidents).values(row).returning())[0]!;
}

// Newspapers and magazines.
export async function subscriptionsOf(db: DbOrTx, propertyId: string, activeOnly = false) {
  return db
    .select()
    .from(mailSubscriptions)
    .where(and(eq(mailSubscriptions.propertyId, propertyId), activeOnly ? eq(mailSubscriptions.active, true) : undefined))
    .orderBy(desc(mailSubscriptions.active), asc(mailSubscriptions.title));
}

export async function updateSubscription(db: DbOrTx, id: string, patch: Partial<typeof mailSubscriptions.$inferInsert>) {
  return (await db.update(mailSubscriptions).set(patch).where(eq(mailSubscriptions.id, id)).returning())[0] ?? null;
}

export async function findSubscription(db: DbOrTx, id: string) {
  return (await db.select().from(mailSubscriptions).where(eq(mailSubscriptions.id, id)).limit(1))[0] ?? null;
}

export async function insertSubscription(db: DbOrTx, row: typeof mailSubscriptions.$inferInsert) {
  return (await db.insert(mailSubscriptions).values(row).returning())[0]!;
}

export async function checksOn(db: DbOrTx, propertyId: string, from: string, to: string) {
  return db
    .select({ c: mailNewspaperChecks, title: mailSubscriptions.title })
    .from(mailNewspaperChecks)
    .innerJoin(mailSubscriptions, eq(mailSubscriptions.id, mailNewspaperChecks.subscriptionId))
    .where(and(eq(mailNewspaperChecks.propertyId, propertyId), gte(mailNewspaperChecks.day, from), lte(mailNewspaperChecks.day, to)))
    .orderBy(desc(mailNewspaperChecks.day), asc(mailSubscriptions.title));
}

/** One check per title and day: a second check of the same day replaces the counts. */
export async function upsertCheck(db: DbOrTx, row: typeof mailNewspaperChecks.$inferInsert) {
  return (
    await db
      .insert(mailNewspaperChecks)
      .values(row)
      .onConflictDoUpdate({
        target: [mailNewspaperChecks.subscriptionId, mailNewspaperChecks.day],
        set: {
          received: row.received,
          expected: row.expected,
          carrier: row.carrier,
          note: row.note,
          at: row.at,
          checkedBy: row.checkedBy,
          checkedByName: row.checkedByName,
        },
      })
      .returning()
  )[0]!;
}

/**
 * The desk queue's parcels: incoming items waiting for pickup — how many and the first `limit`, in one
 * query — important and 机要 items first, then by arrival. `confidential: false` leaves 机要 items out
 * (unless addressed to the reader), as the lists do.
 */
export async function topWaiting(db: DbOrTx, f: { propertyId: string; confidential: boolean; readerId: string; limit: number }) {
  const rows = await db
    .select({
      id: mailItems.id,
      number: mailItems.number,
      kind: mailItems.kind,
      pieces: mailItems.pieces,
      carrier: mailItems.carrier,
      recipientName: mailItems.recipientName,
      recipientUnit: mailItems.recipientUnit,
      pigeonhole: mailItems.pigeonhole,
      important: mailItems.important,
      confidential: mailItems.confidential,
      receivedAt: mailItems.receivedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(mailItems)
    .where(
      and(
        eq(mailItems.propertyId, f.propertyId),
        eq(mailItems.status, 'waiting'),
        eq(mailItems.direction, 'in'),
        f.confidential ? undefined : or(eq(mailItems.confidential, false), eq(mailItems.recipientUserId, f.readerId)),
      ),
    )
    .orderBy(desc(mailItems.important), asc(mailItems.receivedAt), asc(mailItems.id))
    .limit(f.limit);
  return { total: rows[0]?.total ?? 0, rows };
}

// ---------- read by the shift handover (F5) ----------

/** Incoming items waiting for pickup at `at`: received by then, and still waiting or picked up only later. */
export async function waitingAt(db: DbOrTx, propertyId: string, at: Date, limit = 200) {
  return db
    .select()
    .from(mailItems)
    .where(
      and(
        eq(mailItems.propertyId, propertyId),
        eq(mailItems.direction, 'in'),
        lte(mailItems.receivedAt, at),
        or(eq(mailItems.status, 'waiting'), and(eq(mailItems.status, 'picked_up'), sql`${mailItems.pickedUpAt} > ${at}`)),
      ),
    )
    .orderBy(asc(mailItems.receivedAt), asc(mailItems.id))
    .limit(limit);
}

/** A shift's mail counts in [from, to): incoming items logged, items handed out, outgoing mail logged. */
export async function shiftCounts(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const within = (col: typeof mailItems.receivedAt | typeof mailItems.pickedUpAt) => sql`${col} >= ${from} and ${col} < ${to}`;
  const [r] = await db
    .select({
      parcelsIn: sql<number>`count(*) filter (where ${mailItems.direction} = 'in' and ${within(mailItems.receivedAt)})::int`,
      parcelsOut: sql<number>`count(*) filter (where ${mailItems.direction} = 'in' and ${within(mailItems.pickedUpAt)})::int`,
      mailOut: sql<number>`count(*) filter (where ${mailItems.direction} = 'out' and ${within(mailItems.receivedAt)})::int`,
    })
    .from(mailItems)
    .where(
      and(
        eq(mailItems.propertyId, propertyId),
        or(
          and(gte(mailItems.receivedAt, from), lt(mailItems.receivedAt, to)),
          and(gte(mailItems.pickedUpAt, from), lt(mailItems.pickedUpAt, to)),
        ),
      ),
    );
  return { parcelsIn: r?.parcelsIn ?? 0, parcelsOut: r?.parcelsOut ?? 0, mailOut: r?.mailOut ?? 0 };
}
