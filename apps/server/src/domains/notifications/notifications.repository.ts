import { and, eq, inArray, isNull, desc, sql, count } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notifications, outbox, properties, userRoles, users } from '../../db/schema/index.ts';

export async function usersWithRoles(db: DbOrTx, propertyId: string, roles: string[]) {
  if (!roles.length) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.propertyId, propertyId), inArray(userRoles.role, roles), eq(users.disabled, false)));
}

export async function usersByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: users.id, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.disabled, false)));
}

/** The zone a property's times are read in (Asia/Shanghai without a property). */
export async function timeZoneOf(db: DbOrTx, propertyId: string | null) {
  if (!propertyId) return 'Asia/Shanghai';
  const [r] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return r?.tz ?? 'Asia/Shanghai';
}

/** Time zones of some properties, by id. */
export async function timeZonesOf(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: properties.id, tz: properties.timeZone }).from(properties).where(inArray(properties.id, ids));
  return new Map(rows.map((r) => [r.id, r.tz]));
}

export async function insertNotifications(db: DbOrTx, rows: (typeof notifications.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(notifications).values(rows).returning();
}

export async function insertOutbox(db: DbOrTx, rows: (typeof outbox.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(outbox).values(rows).returning({ id: outbox.id });
}

export async function listForUser(db: DbOrTx, userId: string, opts: { unreadOnly?: boolean; limit: number; afterId?: string }) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        opts.unreadOnly ? isNull(notifications.readAt) : undefined,
        opts.afterId
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (select n.created_at, n.id from notifications n where n.id = ${opts.afterId} and n.user_id = ${userId})`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit);
}

export async function unreadCount(db: DbOrTx, userId: string) {
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(r?.n ?? 0);
}

export async function markRead(db: DbOrTx, userId: string, ids: string[] | 'all', at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function outboxRow(db: DbOrTx, id: number) {
  const [r] = await db.select().from(outbox).where(eq(outbox.id, id));
  return r ?? null;
}

export async function markOutbox(db: DbOrTx, id: number, patch: Partial<typeof outbox.$inferInsert>) {
  await db
    .update(outbox)
    .set({ ...patch, attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, id));
}
