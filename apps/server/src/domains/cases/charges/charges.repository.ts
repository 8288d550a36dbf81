/** SQL of paid repairs (S6): the charge of a work order, guarded steps, the month's payment notices. */
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { billableCharges, cases, organizations, properties, repairCharges, units, workOrders } from '../../../db/schema/index.ts';
import type { Range } from '../../../lib/periods.ts';

export type ChargeRow = typeof repairCharges.$inferSelect;

export async function findCharge(db: DbOrTx, workOrderId: string) {
  const [r] = await db.select().from(repairCharges).where(eq(repairCharges.workOrderId, workOrderId));
  return r ?? null;
}

export async function insertCharge(tx: DbOrTx, row: typeof repairCharges.$inferInsert) {
  const [r] = await tx.insert(repairCharges).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** Guarded by the states it may come from: of two concurrent steps one wins. */
export async function updateCharge(
  tx: DbOrTx,
  workOrderId: string,
  from: ChargeRow['status'][],
  patch: Partial<typeof repairCharges.$inferInsert>,
  now: Date,
) {
  const [r] = await tx
    .update(repairCharges)
    .set({ ...patch, version: sql`${repairCharges.version} + 1`, updatedAt: now })
    .where(and(eq(repairCharges.workOrderId, workOrderId), inArray(repairCharges.status, from)))
    .returning();
  return r ?? null;
}

/** The month's payment notices for billing with the property fee (T4). */
export async function chargesNoticedIn(db: DbOrTx, propertyId: string, r: Range) {
  return db
    .select({
      charge: repairCharges,
      workOrderNumber: workOrders.number,
      caseNumber: cases.number,
      content: workOrders.content,
      customerName: workOrders.customerName,
      unitCode: units.code,
      organizationName: organizations.name,
      location: cases.location,
    })
    .from(repairCharges)
    .innerJoin(workOrders, eq(workOrders.id, repairCharges.workOrderId))
    .innerJoin(cases, eq(cases.id, repairCharges.caseId))
    .leftJoin(units, eq(units.id, cases.unitId))
    .leftJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(and(eq(repairCharges.propertyId, propertyId), gte(repairCharges.noticeIssuedAt, r.from), lt(repairCharges.noticeIssuedAt, r.to)))
    .orderBy(asc(repairCharges.noticeNumber));
}

export async function propertyName(db: DbOrTx, id: string) {
  const [r] = await db.select({ name: properties.name }).from(properties).where(eq(properties.id, id));
  return r?.name ?? null;
}

/** The charge this repair posted to the month's 工程费统计表 (null: none). */
export async function postedCharge(db: DbOrTx, workOrderId: string) {
  const [r] = await db
    .select({ occurredOn: billableCharges.occurredOn, billingMonth: billableCharges.billingMonth, amountFen: billableCharges.amountFen })
    .from(billableCharges)
    .where(and(eq(billableCharges.sourceKind, 'repair'), eq(billableCharges.sourceId, workOrderId)));
  return r ?? null;
}

export async function unitAndOrg(db: DbOrTx, unitId: string | null, organizationId: string | null) {
  const [u] = unitId ? await db.select({ code: units.code }).from(units).where(eq(units.id, unitId)) : [];
  const [o] = organizationId
    ? await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId))
    : [];
  return { unitCode: u?.code ?? null, organizationName: o?.name ?? null };
}

/** The demo's callers: the property's units that belong to a company, with the company's name. */
export async function unitsWithCompany(db: DbOrTx, propertyId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, organizationId: units.organizationId, orgName: organizations.name })
    .from(units)
    .innerJoin(organizations, eq(organizations.id, units.organizationId))
    .where(eq(units.propertyId, propertyId))
    .orderBy(asc(units.code));
}
