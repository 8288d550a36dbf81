/** All SQL of one-off charges: posting (once per source), withdrawing an unbilled one, listing a month's or the unbilled. */
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { ChargeSheet } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { billableCharges, organizations, units } from '../../../db/schema/index.ts';

export type ChargeRow = typeof billableCharges.$inferSelect & { organizationName: string; unitCode: string | null };

export interface NewCharge {
  propertyId: string;
  organizationId: string;
  unitId?: string | null;
  sheet: ChargeSheet;
  sourceKind: string;
  sourceId: string;
  sourceLabel: string;
  description: string;
  amountFen: number;
  occurredOn: string;
  postedBy?: string | null;
}

/** Inserts the charge unless its source posted one already; returns the new row's id or null. */
export async function insertCharge(db: DbOrTx, c: NewCharge): Promise<string | null> {
  const [r] = await db
    .insert(billableCharges)
    .values({ ...c, unitId: c.unitId ?? null, postedBy: c.postedBy ?? null })
    .onConflictDoNothing({ target: [billableCharges.sourceKind, billableCharges.sourceId] })
    .returning({ id: billableCharges.id });
  return r?.id ?? null;
}

export async function chargeOfSource(db: DbOrTx, sourceKind: string, sourceId: string) {
  const [r] = await db
    .select()
    .from(billableCharges)
    .where(and(eq(billableCharges.sourceKind, sourceKind), eq(billableCharges.sourceId, sourceId)));
  return r ?? null;
}

/** Deletes the source's charge while no month has drawn it; returns the number deleted. */
export async function deleteUnbilled(db: DbOrTx, sourceKind: string, sourceId: string) {
  const r = await db
    .delete(billableCharges)
    .where(and(eq(billableCharges.sourceKind, sourceKind), eq(billableCharges.sourceId, sourceId), isNull(billableCharges.billingMonth)))
    .returning({ id: billableCharges.id });
  return r.length;
}

const selectCharges = (db: DbOrTx) =>
  db
    .select({ c: billableCharges, organizationName: organizations.name, unitCode: units.code })
    .from(billableCharges)
    .innerJoin(organizations, eq(organizations.id, billableCharges.organizationId))
    .leftJoin(units, eq(units.id, billableCharges.unitId));

const flat = (r: { c: typeof billableCharges.$inferSelect; organizationName: string; unitCode: string | null }): ChargeRow => ({
  ...r.c,
  organizationName: r.organizationName,
  unitCode: r.unitCode,
});

/** Charges a month drew (billingMonth) or, with null, those waiting for the next month up to `through` (a day). */
export async function listCharges(db: DbOrTx, propertyId: string, f: { month: string | null; through?: string; organizationId?: string }) {
  const rows = await selectCharges(db)
    .where(
      and(
        eq(billableCharges.propertyId, propertyId),
        f.month === null ? isNull(billableCharges.billingMonth) : eq(billableCharges.billingMonth, f.month),
        f.through ? lte(billableCharges.occurredOn, f.through) : undefined,
        f.organizationId ? eq(billableCharges.organizationId, f.organizationId) : undefined,
      ),
    )
    .orderBy(asc(billableCharges.sheet), asc(billableCharges.occurredOn), asc(billableCharges.createdAt));
  return rows.map(flat);
}

/**
 * Draws every unbilled charge that occurred by `through` into `month` and returns them — inside the caller's
 * transaction (the month's tables are written with it, or nothing is).
 */
export async function drawIntoMonth(db: DbOrTx, propertyId: string, month: string, through: string) {
  const ids = await db
    .update(billableCharges)
    .set({ billingMonth: month })
    .where(and(eq(billableCharges.propertyId, propertyId), isNull(billableCharges.billingMonth), lte(billableCharges.occurredOn, through)))
    .returning({ id: billableCharges.id });
  if (!ids.length) return [];
  return listCharges(db, propertyId, { month });
}

/** Releases a month's charges again (the month's tables were redrawn before anyone signed). */
export async function releaseMonth(db: DbOrTx, propertyId: string, month: string) {
  await db
    .update(billableCharges)
    .set({ billingMonth: null })
    .where(and(eq(billableCharges.propertyId, propertyId), eq(billableCharges.billingMonth, month)));
}

export async function countUnbilled(db: DbOrTx, propertyId: string) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(billableCharges)
    .where(and(eq(billableCharges.propertyId, propertyId), isNull(billableCharges.billingMonth)));
  return r?.n ?? 0;
}
