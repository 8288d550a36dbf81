/** Sessions, failed logins, and what the signed-in user's own answer names (properties, organization, unit). */
import { and, eq, gt, inArray, sql, asc, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { users, sessions, loginFailures, organizations, units, properties } from '../../../db/schema/index.ts';

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** Sessions matching `where` and still valid at `now`, each with its user and the user's roles, in one round trip. */
function sessionsWithUser(db: DbOrTx, where: SQL | undefined, now: Date) {
  return db
    .select({
      session: sessions,
      user: users,
      roles: sql<
        { propertyId: string; role: string }[] | null
      >`(select json_agg(json_build_object('propertyId', r.property_id, 'role', r.role)) from user_roles r where r.user_id = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(where, gt(sessions.expiresAt, now)));
}

/** The live session, its user and the user's roles (it runs on every request). */
export async function findSessionWithUser(db: DbOrTx, id: string, now: Date) {
  const rows = await sessionsWithUser(db, eq(sessions.id, id), now).limit(1);
  return rows[0] ?? null;
}

/** The sessions among `ids` still valid at `now`, with their user (not disabled) and roles: the live streams that may go on. */
export async function liveSessions(db: DbOrTx, ids: string[], now: Date) {
  if (!ids.length) return new Map<string, { user: typeof users.$inferSelect; roles: { propertyId: string; role: string }[] }>();
  const rows = await sessionsWithUser(db, and(inArray(sessions.id, ids), eq(users.disabled, false)), now);
  return new Map(rows.map((r) => [r.session.id, { user: r.user, roles: r.roles ?? [] }]));
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
