/** The user accounts and their roles: the SQL every identity feature shares, and the administrators' lists. */
import { and, eq, gt, inArray, sql, desc, asc, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { users, userRoles, organizations, units } from '../../../db/schema/index.ts';
import type { Role } from '@hy/contracts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: DbOrTx, username: string) {
  const rows = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: DbOrTx, id: string) {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function rolesOf(db: DbOrTx, userId: string) {
  return db.select({ propertyId: userRoles.propertyId, role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
}

export async function rolesOfMany(db: DbOrTx, userIds: string[]) {
  if (!userIds.length) return [];
  return db.select().from(userRoles).where(inArray(userRoles.userId, userIds));
}

export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert) {
  const [u] = await db.insert(users).values(row).returning();
  return u!;
}

export async function updateUser(db: DbOrTx, id: string, patch: Partial<typeof users.$inferInsert>) {
  const [u] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return u ?? null;
}

export async function grantRoles(db: DbOrTx, rows: { userId: string; propertyId: string; role: Role; grantedBy: string | null }[]) {
  if (!rows.length) return;
  await db.insert(userRoles).values(rows).onConflictDoNothing();
}

export async function revokeRole(db: DbOrTx, userId: string, propertyId: string, role: string) {
  const r = await db
    .delete(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.propertyId, propertyId), eq(userRoles.role, role)))
    .returning();
  return r.length > 0;
}

/** Users that hold any role in one of the given properties (admin lists are property-scoped). */
export async function listUsersInProperties(
  db: DbOrTx,
  propertyIds: string[],
  opts: { q?: string; role?: string; limit: number; after?: string },
) {
  if (!propertyIds.length) return [];
  const member = db
    .selectDistinct({ id: userRoles.userId })
    .from(userRoles)
    .where(and(inArray(userRoles.propertyId, propertyIds), opts.role ? eq(userRoles.role, opts.role) : undefined));
  return db
    .select()
    .from(users)
    .where(
      and(
        inArray(users.id, member),
        opts.q ? or(ilike(users.username, `%${opts.q}%`), ilike(users.displayName, `%${opts.q}%`)) : undefined,
        opts.after ? gt(users.username, opts.after) : undefined,
      ),
    )
    .orderBy(asc(users.username))
    .limit(opts.limit);
}

/** Users with no role anywhere: visible to admins so a freshly created account is not lost. */
export async function usersWithoutRoles(db: DbOrTx) {
  return db
    .select()
    .from(users)
    .where(sql`not exists (select 1 from user_roles r where r.user_id = ${users.id})`)
    .orderBy(desc(users.createdAt))
    .limit(100);
}

/**
 * The properties each account is tied to: where it holds roles, and the properties of its
 * organization and unit. An administrator's reach over the account is decided from them.
 */
export async function propertyTiesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (!userIds.length) return out;
  const ids = sql.join(
    userIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const res = await db.execute<{ user_id: string; property_id: string }>(sql`
    select r.user_id, r.property_id from user_roles r where r.user_id in (${ids})
    union select u.id, o.property_id from users u join organizations o on o.id = u.organization_id where u.id in (${ids})
    union select u.id, n.property_id from users u join units n on n.id = u.unit_id where u.id in (${ids})`);
  for (const r of res.rows) out.get(r.user_id)?.push(r.property_id);
  return out;
}

/** The property of an organization and of a unit (null where none is given; undefined where it does not exist). */
export async function placeProperty(db: DbOrTx, table: 'organization' | 'unit', id: string): Promise<string | undefined> {
  const t = table === 'organization' ? organizations : units;
  const r = await db.select({ propertyId: t.propertyId }).from(t).where(eq(t.id, id)).limit(1);
  return r[0]?.propertyId;
}
