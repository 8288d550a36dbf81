import { and, eq, gt, inArray, sql, desc, asc, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { users, userRoles, sessions, loginFailures, organizations, units, properties } from '../../../db/schema/index.ts';
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

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** The live session, its user and the user's roles in one round trip (it runs on every request). */
export async function findSessionWithUser(db: DbOrTx, id: string, now: Date) {
  const rows = await db
    .select({
      session: sessions,
      user: users,
      roles: sql<
        { propertyId: string; role: string }[] | null
      >`(select json_agg(json_build_object('propertyId', r.property_id, 'role', r.role)) from user_roles r where r.user_id = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchSession(db: DbOrTx, id: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string, exceptId?: string) {
  await db
    .delete(sessions)
    .where(exceptId ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptId}`) : eq(sessions.userId, userId));
}

export async function recentFailures(db: DbOrTx, username: string, since: Date) {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(sql`lower(${loginFailures.username}) = lower(${username})`, gt(loginFailures.at, since)));
  return rows.map((r) => r.at);
}

export async function recordFailure(db: DbOrTx, username: string, ip: string | undefined, at: Date) {
  await db.insert(loginFailures).values({ username, ip: ip ?? null, at });
}

export async function clearFailures(db: DbOrTx, username: string) {
  await db.delete(loginFailures).where(sql`lower(${loginFailures.username}) = lower(${username})`);
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

export async function propertyNames(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: properties.id, name: properties.name, code: properties.code, timeZone: properties.timeZone })
    .from(properties)
    .where(inArray(properties.id, ids))
    .orderBy(asc(properties.createdAt), asc(properties.code));
}

export async function organizationName(db: DbOrTx, id: string | null) {
  if (!id) return null;
  const r = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id)).limit(1);
  return r[0]?.name ?? null;
}

export async function unitLabel(db: DbOrTx, id: string | null) {
  if (!id) return null;
  const r = await db.select({ code: units.code, name: units.name }).from(units).where(eq(units.id, id)).limit(1);
  return r[0] ? (r[0].name ? `${r[0].code} ${r[0].name}` : r[0].code) : null;
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
