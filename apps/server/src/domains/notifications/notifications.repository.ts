import { and, eq, gt, inArray, isNull, desc, sql, count } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notifications, outbox, sessions, userRoles, users } from '../../db/schema/index.ts';

export async function usersWithRoles(db: DbOrTx, propertyId: string, roles: string[]) {
  if (!roles.length) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email, phone: users.phone })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.propertyId, propertyId), inArray(userRoles.role, roles), eq(users.disabled, false)));
}

export async function usersByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: users.id, email: users.email, phone: users.phone })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.disabled, false)));
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

/** The sessions among `ids` still valid at `now`, with their user (not disabled) and roles: the live streams that may go on. */
export async function liveSessions(db: DbOrTx, ids: string[], now: Date) {
  if (!ids.length) return new Map<string, { user: typeof users.$inferSelect; roles: { propertyId: string; role: string }[] }>();
  const rows = await db
    .select({
      id: sessions.id,
      user: users,
      roles: sql<
        { propertyId: string; role: string }[] | null
      >`(select json_agg(json_build_object('propertyId', r.property_id, 'role', r.role)) from user_roles r where r.user_id = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(inArray(sessions.id, ids), gt(sessions.expiresAt, now), eq(users.disabled, false)));
  return new Map(rows.map((r) => [r.id, { user: r.user, roles: r.roles ?? [] }]));
}
