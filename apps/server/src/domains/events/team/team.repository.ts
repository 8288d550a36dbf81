/** All SQL of the team: groups, members, duties and briefs. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventBriefs, eventGroupMembers, eventGroups, userRoles, users } from '../../../db/schema/index.ts';
import type { DutyItem } from '../../../db/schema/index.ts';

export type GroupRow = typeof eventGroups.$inferSelect;
export type BriefRow = typeof eventBriefs.$inferSelect;

export const groupsOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventGroups).where(eq(eventGroups.eventId, eventId)).orderBy(asc(eventGroups.sort), asc(eventGroups.createdAt));

export const findGroup = async (db: DbOrTx, eventId: string, groupId: string) =>
  (
    await db
      .select()
      .from(eventGroups)
      .where(and(eq(eventGroups.id, groupId), eq(eventGroups.eventId, eventId)))
  )[0] ?? null;

export async function insertGroup(tx: DbOrTx, v: typeof eventGroups.$inferInsert) {
  const rows = await tx.insert(eventGroups).values(v).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export const updateGroup = async (tx: DbOrTx, id: string, patch: Partial<typeof eventGroups.$inferInsert>) =>
  (await tx.update(eventGroups).set(patch).where(eq(eventGroups.id, id)).returning())[0]!;

export const deleteGroup = (tx: DbOrTx, id: string) => tx.delete(eventGroups).where(eq(eventGroups.id, id));

/** Replaces a group's members (sorted inserts: concurrent writers take the same order). */
export async function setMembers(tx: DbOrTx, groupId: string, eventId: string, userIds: string[]) {
  await tx.delete(eventGroupMembers).where(eq(eventGroupMembers.groupId, groupId));
  const ids = [...new Set(userIds)].sort();
  if (ids.length) await tx.insert(eventGroupMembers).values(ids.map((userId) => ({ groupId, eventId, userId })));
}

/** Members of the event's groups with their names and phones. */
export function membersOf(db: DbOrTx, eventId: string) {
  return db
    .select({ groupId: eventGroupMembers.groupId, userId: users.id, name: users.displayName, phone: users.phone })
    .from(eventGroupMembers)
    .innerJoin(users, eq(users.id, eventGroupMembers.userId))
    .where(eq(eventGroupMembers.eventId, eventId))
    .orderBy(asc(users.displayName));
}

/** Appends duties to a group's checklist in one statement (no lost update between two writers). */
export async function appendDuties(tx: DbOrTx, groupId: string, items: DutyItem[]) {
  await tx
    .update(eventGroups)
    .set({ duties: sql`${eventGroups.duties} || ${JSON.stringify(items)}::jsonb` })
    .where(eq(eventGroups.id, groupId));
}

/** Which of these users are staff (any role but the outside ones) of the property; their first role too. */
export async function staffOf(db: DbOrTx, propertyId: string, userIds: string[]) {
  if (!userIds.length) return new Map<string, string>();
  const rows = await db
    .select({ userId: userRoles.userId, role: userRoles.role })
    .from(userRoles)
    .where(
      and(
        eq(userRoles.propertyId, propertyId),
        inArray(userRoles.userId, userIds),
        sql`${userRoles.role} not in ('organizer','tenant','bureau_approver')`,
      ),
    );
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.userId)) out.set(r.userId, r.role);
  return out;
}

export const insertBrief = async (tx: DbOrTx, v: typeof eventBriefs.$inferInsert) =>
  (await tx.insert(eventBriefs).values(v).returning())[0]!;

export function briefsOf(db: DbOrTx, eventId: string) {
  return db
    .select({ b: eventBriefs, createdByName: users.displayName })
    .from(eventBriefs)
    .innerJoin(users, eq(users.id, eventBriefs.createdBy))
    .where(eq(eventBriefs.eventId, eventId))
    .orderBy(desc(eventBriefs.createdAt))
    .limit(200);
}

/** The property's staff (everyone holding a staff role), by name: whom a group can take in. */
export async function staffList(db: DbOrTx, propertyId: string) {
  return db
    .selectDistinctOn([users.displayName, users.id], { id: users.id, name: users.displayName, phone: users.phone, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(
        eq(userRoles.propertyId, propertyId),
        sql`${userRoles.role} not in ('organizer','tenant','bureau_approver')`,
        eq(users.disabled, false),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
}
