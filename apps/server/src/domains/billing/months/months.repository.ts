/** All SQL of a month's fee tables: the month, its lines, its signatures, and the sources a draw reads. */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  billingLines,
  billingMonthSignatures,
  billingMonths,
  meterReadings,
  organizations,
  parkingAssignments,
  parkingSpaces,
  phoneLines,
  phoneUsage,
  properties,
  units,
} from '../../../db/schema/index.ts';

export type MonthRow = typeof billingMonths.$inferSelect;
export type LineInsert = typeof billingLines.$inferInsert;
export type SignatureRow = typeof billingMonthSignatures.$inferSelect;

export async function insertMonth(db: DbOrTx, v: typeof billingMonths.$inferInsert) {
  const [r] = await db.insert(billingMonths).values(v).returning();
  return r!;
}

export async function monthById(db: DbOrTx, id: string, lock = false) {
  const q = db.select().from(billingMonths).where(eq(billingMonths.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function monthOf(db: DbOrTx, propertyId: string, month: string) {
  const [r] = await db
    .select()
    .from(billingMonths)
    .where(and(eq(billingMonths.propertyId, propertyId), eq(billingMonths.month, month)));
  return r ?? null;
}

export const monthsOf = (db: DbOrTx, propertyId: string) =>
  db.select().from(billingMonths).where(eq(billingMonths.propertyId, propertyId)).orderBy(desc(billingMonths.month));

export async function updateMonth(db: DbOrTx, id: string, v: Partial<typeof billingMonths.$inferInsert>) {
  const [r] = await db.update(billingMonths).set(v).where(eq(billingMonths.id, id)).returning();
  return r!;
}

export async function insertLines(db: DbOrTx, rows: LineInsert[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(billingLines).values(rows.slice(i, i + 500));
}

export const deleteLines = (db: DbOrTx, monthId: string) => db.delete(billingLines).where(eq(billingLines.monthId, monthId));

export const linesOf = (db: DbOrTx, monthId: string) =>
  db
    .select({ l: billingLines, organizationName: organizations.name, unitCode: units.code })
    .from(billingLines)
    .innerJoin(organizations, eq(organizations.id, billingLines.organizationId))
    .leftJoin(units, eq(units.id, billingLines.unitId))
    .where(eq(billingLines.monthId, monthId))
    .orderBy(asc(billingLines.sheet), asc(billingLines.position), asc(organizations.name));

export async function lineById(db: DbOrTx, monthId: string, lineId: string) {
  const [r] = await db
    .select()
    .from(billingLines)
    .where(and(eq(billingLines.monthId, monthId), eq(billingLines.id, lineId)));
  return r ?? null;
}

export const setLineAmount = (db: DbOrTx, lineId: string, amountFen: number) =>
  db.update(billingLines).set({ amountFen }).where(eq(billingLines.id, lineId));

export async function totalOf(db: DbOrTx, monthId: string) {
  const [r] = await db
    .select({ t: sql<number>`coalesce(sum(${billingLines.amountFen}), 0)::bigint` })
    .from(billingLines)
    .where(eq(billingLines.monthId, monthId));
  return Number(r?.t ?? 0);
}

export async function sheetTotals(db: DbOrTx, monthId: string) {
  const rows = await db
    .select({ sheet: billingLines.sheet, t: sql<number>`sum(${billingLines.amountFen})::bigint` })
    .from(billingLines)
    .where(eq(billingLines.monthId, monthId))
    .groupBy(billingLines.sheet);
  return Object.fromEntries(rows.map((r) => [r.sheet, Number(r.t)]));
}

export const signaturesOf = (db: DbOrTx, monthId: string) =>
  db.select().from(billingMonthSignatures).where(eq(billingMonthSignatures.monthId, monthId)).orderBy(asc(billingMonthSignatures.signedAt));

export async function insertSignature(db: DbOrTx, v: typeof billingMonthSignatures.$inferInsert) {
  const [r] = await db.insert(billingMonthSignatures).values(v).returning();
  return r!;
}

/** Voids every live signature of the month; returns how many. */
export async function voidSignatures(db: DbOrTx, monthId: string, at: Date, reason: string) {
  const r = await db
    .update(billingMonthSignatures)
    .set({ voidedAt: at, voidReason: reason })
    .where(and(eq(billingMonthSignatures.monthId, monthId), isNull(billingMonthSignatures.voidedAt)))
    .returning({ id: billingMonthSignatures.id });
  return r.length;
}

// ---------- the sources of a draw ----------

export const billedUnits = (db: DbOrTx, propertyId: string) =>
  db
    .select({
      id: units.id,
      code: units.code,
      organizationId: units.organizationId,
      organizationName: organizations.name,
      area: units.billingAreaSqm,
    })
    .from(units)
    .innerJoin(organizations, eq(organizations.id, units.organizationId))
    .where(eq(units.propertyId, propertyId))
    .orderBy(asc(units.code));

export const readingsOf = (db: DbOrTx, propertyId: string, month: string) =>
  db
    .select()
    .from(meterReadings)
    .where(and(eq(meterReadings.propertyId, propertyId), eq(meterReadings.month, month)));

export const phoneLinesWithUsage = (db: DbOrTx, propertyId: string, month: string) =>
  db
    .select({ l: phoneLines, usageFen: phoneUsage.usageFen })
    .from(phoneLines)
    .leftJoin(phoneUsage, and(eq(phoneUsage.lineId, phoneLines.id), eq(phoneUsage.month, month)))
    .where(and(eq(phoneLines.propertyId, propertyId), eq(phoneLines.active, true)))
    .orderBy(asc(phoneLines.number));

export const parkingOf = (db: DbOrTx, propertyId: string) =>
  db
    .select({ a: parkingAssignments, code: parkingSpaces.code, zone: parkingSpaces.zone, feeFen: parkingSpaces.monthlyFeeFen })
    .from(parkingAssignments)
    .innerJoin(parkingSpaces, eq(parkingSpaces.id, parkingAssignments.spaceId))
    .where(eq(parkingAssignments.propertyId, propertyId))
    .orderBy(asc(parkingSpaces.code), asc(parkingAssignments.fromDay));

export const allProperties = (db: DbOrTx) => db.select({ id: properties.id, timeZone: properties.timeZone }).from(properties);
