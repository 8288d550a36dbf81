/** All SQL of the message book and the call log: one function per query. */
import { and, desc, eq, gte, ilike, inArray, lt, ne, or, sql, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { deskCalls, deskMessages, properties, userRoles, users } from '../../../db/schema/index.ts';
import { containing } from '../../../lib/like.ts';

export type MessageRow = typeof deskMessages.$inferSelect;
export type CallRow = typeof deskCalls.$inferSelect;

/** Keyset: rows after the cursor (newest first). */
const after = (col: AnyColumn, idCol: AnyColumn, a?: unknown[] | null) => (a ? sql`(${col}, ${idCol}) < (${a[0]}, ${a[1]})` : undefined);

export async function insertMessage(db: DbOrTx, row: typeof deskMessages.$inferInsert) {
  return (await db.insert(deskMessages).values(row).returning())[0]!;
}

export async function findMessage(db: DbOrTx, id: string): Promise<MessageRow | null> {
  return (await db.select().from(deskMessages).where(eq(deskMessages.id, id)).limit(1))[0] ?? null;
}

export async function listMessages(
  db: DbOrTx,
  f: {
    propertyId: string;
    state: 'open' | 'delivered' | 'all';
    q?: string;
    from?: Date;
    to?: Date;
    after?: unknown[] | null;
    limit: number;
  },
) {
  const t = f.q ? containing(f.q) : null;
  return db
    .select()
    .from(deskMessages)
    .where(
      and(
        eq(deskMessages.propertyId, f.propertyId),
        f.state === 'open'
          ? ne(deskMessages.status, 'delivered')
          : f.state === 'delivered'
            ? eq(deskMessages.status, 'delivered')
            : undefined,
        t
          ? or(
              ilike(deskMessages.recipientName, t),
              ilike(deskMessages.callerName, t),
              ilike(deskMessages.callerCompany, t),
              ilike(deskMessages.content, t),
            )
          : undefined,
        f.from ? gte(deskMessages.takenAt, f.from) : undefined,
        f.to ? lt(deskMessages.takenAt, f.to) : undefined,
        after(deskMessages.takenAt, deskMessages.id, f.after),
      ),
    )
    .orderBy(desc(deskMessages.takenAt), desc(deskMessages.id))
    .limit(f.limit);
}

/** A user's own messages: left for them by name, or for their company. */
export async function listMessagesFor(
  db: DbOrTx,
  f: { userId: string; organizationId: string | null; propertyIds: string[]; after?: unknown[] | null; limit: number },
) {
  if (!f.propertyIds.length) return [];
  return db
    .select()
    .from(deskMessages)
    .where(
      and(
        inArray(deskMessages.propertyId, f.propertyIds),
        or(
          eq(deskMessages.recipientUserId, f.userId),
          f.organizationId ? eq(deskMessages.recipientOrganizationId, f.organizationId) : undefined,
        ),
        after(deskMessages.takenAt, deskMessages.id, f.after),
      ),
    )
    .orderBy(desc(deskMessages.takenAt), desc(deskMessages.id))
    .limit(f.limit);
}

/** Marks a message delivered unless it was already (null then: someone else was first). */
export async function markDelivered(
  db: DbOrTx,
  id: string,
  set: Pick<MessageRow, 'deliveredAt' | 'deliveredHow' | 'deliveredBy' | 'deliveredByName'>,
) {
  return (
    (
      await db
        .update(deskMessages)
        .set({ ...set, status: 'delivered' })
        .where(and(eq(deskMessages.id, id), ne(deskMessages.status, 'delivered')))
        .returning()
    )[0] ?? null
  );
}

/** Per property: how many messages are still undelivered and the oldest one's time. */
export async function undeliveredByProperty(db: DbOrTx) {
  return db
    .select({
      propertyId: deskMessages.propertyId,
      count: sql<number>`count(*)::int`,
      oldestAt: sql<Date>`min(${deskMessages.takenAt})`.mapWith((v) => new Date(v)),
    })
    .from(deskMessages)
    .where(ne(deskMessages.status, 'delivered'))
    .groupBy(deskMessages.propertyId);
}

/** The people of a company holding a tenant account in the property (a message left for the company reaches them). */
export async function tenantUsersOf(db: DbOrTx, propertyId: string, organizationId: string) {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.propertyId, propertyId), eq(userRoles.role, 'tenant')))
    .where(and(eq(users.organizationId, organizationId), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

export async function timeZoneOf(db: DbOrTx, propertyId: string) {
  const [p] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return p?.tz ?? 'Asia/Shanghai';
}

export async function insertCall(db: DbOrTx, row: typeof deskCalls.$inferInsert) {
  return (await db.insert(deskCalls).values(row).returning())[0]!;
}

export async function listCalls(
  db: DbOrTx,
  f: { propertyId: string; q?: string; from?: Date; to?: Date; after?: unknown[] | null; limit: number },
) {
  const t = f.q ? containing(f.q) : null;
  return db
    .select()
    .from(deskCalls)
    .where(
      and(
        eq(deskCalls.propertyId, f.propertyId),
        t
          ? or(ilike(deskCalls.callerName, t), ilike(deskCalls.topic, t), ilike(deskCalls.departmentName, t), ilike(deskCalls.note, t))
          : undefined,
        f.from ? gte(deskCalls.takenAt, f.from) : undefined,
        f.to ? lt(deskCalls.takenAt, f.to) : undefined,
        after(deskCalls.takenAt, deskCalls.id, f.after),
      ),
    )
    .orderBy(desc(deskCalls.takenAt), desc(deskCalls.id))
    .limit(f.limit);
}

/** The desk queue's messages: how many are not delivered yet and the oldest `limit` of them, in one query. */
export async function topUndelivered(db: DbOrTx, propertyId: string, limit: number) {
  const rows = await db
    .select({
      id: deskMessages.id,
      recipientName: deskMessages.recipientName,
      callerName: deskMessages.callerName,
      content: deskMessages.content,
      urgent: deskMessages.urgent,
      status: deskMessages.status,
      takenAt: deskMessages.takenAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(deskMessages)
    .where(and(eq(deskMessages.propertyId, propertyId), ne(deskMessages.status, 'delivered')))
    .orderBy(deskMessages.takenAt, deskMessages.id)
    .limit(limit);
  return { total: rows[0]?.total ?? 0, rows };
}

// ---------- read by the shift handover (F5) ----------

/** Messages not delivered at `at`: taken by then, delivered only later or not yet (oldest first, bounded). */
export async function undeliveredAt(db: DbOrTx, propertyId: string, at: Date, limit = 200) {
  return db
    .select()
    .from(deskMessages)
    .where(
      and(
        eq(deskMessages.propertyId, propertyId),
        sql`${deskMessages.takenAt} <= ${at}`,
        or(sql`${deskMessages.deliveredAt} is null`, sql`${deskMessages.deliveredAt} > ${at}`),
      ),
    )
    .orderBy(deskMessages.takenAt, deskMessages.id)
    .limit(limit);
}

/** A shift's counts in [from, to): business calls and messages logged. */
export async function shiftCounts(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const n = async (table: typeof deskCalls | typeof deskMessages) =>
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(and(eq(table.propertyId, propertyId), gte(table.takenAt, from), lt(table.takenAt, to)))
    )[0]?.n ?? 0;
  return { calls: await n(deskCalls), messages: await n(deskMessages) };
}
