/** All SQL of parking spaces, their assignments, phone lines and their monthly usage. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { organizations, parkingAssignments, parkingSpaces, phoneLines, phoneUsage } from '../../../db/schema/index.ts';

export const spacesOf = (db: DbOrTx, propertyId: string) =>
  db.select().from(parkingSpaces).where(eq(parkingSpaces.propertyId, propertyId)).orderBy(asc(parkingSpaces.zone), asc(parkingSpaces.code));

export async function spaceById(db: DbOrTx, id: string) {
  const [r] = await db.select().from(parkingSpaces).where(eq(parkingSpaces.id, id));
  return r ?? null;
}

export const assignmentsOf = (db: DbOrTx, propertyId: string) =>
  db
    .select({ a: parkingAssignments, organizationName: organizations.name })
    .from(parkingAssignments)
    .innerJoin(organizations, eq(organizations.id, parkingAssignments.organizationId))
    .where(eq(parkingAssignments.propertyId, propertyId))
    .orderBy(asc(parkingAssignments.fromDay));

export async function insertSpace(db: DbOrTx, v: typeof parkingSpaces.$inferInsert) {
  const [r] = await db.insert(parkingSpaces).values(v).returning();
  return r!;
}

export async function insertAssignment(db: DbOrTx, v: typeof parkingAssignments.$inferInsert) {
  const [r] = await db.insert(parkingAssignments).values(v).returning();
  return r!;
}

export async function organizationIn(db: DbOrTx, propertyId: string, id: string) {
  const [r] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.propertyId, propertyId), eq(organizations.id, id)));
  return r ?? null;
}

export const linesOf = (db: DbOrTx, propertyId: string) =>
  db
    .select({ l: phoneLines, organizationName: organizations.name })
    .from(phoneLines)
    .innerJoin(organizations, eq(organizations.id, phoneLines.organizationId))
    .where(eq(phoneLines.propertyId, propertyId))
    .orderBy(asc(organizations.name), asc(phoneLines.number));

export async function lineById(db: DbOrTx, id: string) {
  const [r] = await db.select().from(phoneLines).where(eq(phoneLines.id, id));
  return r ?? null;
}

export async function insertLine(db: DbOrTx, v: typeof phoneLines.$inferInsert) {
  const [r] = await db.insert(phoneLines).values(v).returning();
  return r!;
}

export async function usageOf(db: DbOrTx, lineIds: string[], month: string) {
  if (!lineIds.length) return new Map<string, number>();
  const rows = await db
    .select()
    .from(phoneUsage)
    .where(and(inArray(phoneUsage.lineId, lineIds), eq(phoneUsage.month, month)));
  return new Map(rows.map((r) => [r.lineId, r.usageFen]));
}

export async function upsertUsage(db: DbOrTx, v: { propertyId: string; lineId: string; month: string; usageFen: number }, at: Date) {
  await db
    .insert(phoneUsage)
    .values({ ...v, updatedAt: at })
    .onConflictDoUpdate({ target: [phoneUsage.lineId, phoneUsage.month], set: { usageFen: v.usageFen, updatedAt: at } });
}
