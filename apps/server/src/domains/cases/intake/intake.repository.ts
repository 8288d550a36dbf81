/** SQL of intake (S1, S3): new cases, the place and contact checks, consultations that open no case. */
import { and, desc, eq, ilike, inArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, consultations, organizations, units, userRoles, users } from '../../../db/schema/index.ts';

export type ConsultationRow = typeof consultations.$inferSelect;

export async function unitInProperty(db: DbOrTx, propertyId: string, id: string) {
  const [r] = await db
    .select({ id: units.id, organizationId: units.organizationId })
    .from(units)
    .where(and(eq(units.id, id), eq(units.propertyId, propertyId)));
  return r ?? null;
}

export async function organizationInProperty(db: DbOrTx, propertyId: string, id: string) {
  const [r] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.propertyId, propertyId)));
  return !!r;
}

export async function userContact(db: DbOrTx, id: string) {
  const [r] = await db.select({ displayName: users.displayName, phone: users.phone }).from(users).where(eq(users.id, id));
  return r ?? null;
}

export async function insertCase(tx: DbOrTx, row: typeof cases.$inferInsert) {
  const [c] = await tx.insert(cases).values(row).returning();
  return c!;
}

export async function insertConsultation(tx: DbOrTx, row: typeof consultations.$inferInsert) {
  const [c] = await tx.insert(consultations).values(row).returning();
  return c!;
}

export async function listConsultations(db: DbOrTx, propertyIds: string[], q: string | undefined, limit: number) {
  if (!propertyIds.length) return [];
  const like = q ? `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db
    .select()
    .from(consultations)
    .where(
      and(
        inArray(consultations.propertyId, propertyIds),
        like ? or(ilike(consultations.question, like), ilike(consultations.answer, like), ilike(consultations.topic, like)) : undefined,
      ),
    )
    .orderBy(desc(consultations.createdAt))
    .limit(limit);
}

const digits = (col: SQLWrapper) => sql`regexp_replace(coalesce(${col}, ''), '[^0-9]', '', 'g')`;

/** Units, organizations and users whose phone contains the digits (contact auto-fill at intake). */
export async function contactLookup(db: DbOrTx, propertyId: string, phoneDigits: string) {
  const like = `%${phoneDigits}%`;
  const [u, o, p] = await Promise.all([
    db
      .select({ id: units.id, code: units.code, name: units.name, organizationId: units.organizationId, phone: units.phone })
      .from(units)
      .where(and(eq(units.propertyId, propertyId), sql`${digits(units.phone)} like ${like}`))
      .limit(10),
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        contactName: organizations.contactName,
        contactPhone: organizations.contactPhone,
      })
      .from(organizations)
      .where(and(eq(organizations.propertyId, propertyId), sql`${digits(organizations.contactPhone)} like ${like}`))
      .limit(10),
    db
      .selectDistinct({
        id: users.id,
        displayName: users.displayName,
        phone: users.phone,
        unitId: users.unitId,
        organizationId: users.organizationId,
      })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(userRoles.propertyId, propertyId), sql`${digits(users.phone)} like ${like}`))
      .limit(10),
  ]);
  return { units: u, organizations: o, users: p };
}
