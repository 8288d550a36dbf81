/** All SQL of laundry and of what laundry and meals share (suppliers, evaluations, signed items of a month). */
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  organizations,
  psEvaluations,
  psLaundryPrices,
  psLaundryRequests,
  psMealOrders,
  psReminders,
  psSuppliers,
  units,
} from '../../../db/schema/index.ts';
import type { LaundryState, SupplierKind } from '../../../db/schema/paid-services-laundry-meals.ts';

export type SupplierRow = typeof psSuppliers.$inferSelect;
export type LaundryRow = typeof psLaundryRequests.$inferSelect & {
  organizationName: string;
  unitCode: string | null;
  supplierName: string;
};
export type EvaluationRow = typeof psEvaluations.$inferSelect & { supplierName: string; supplierKind: SupplierKind };

export async function suppliers(db: DbOrTx, propertyId: string, kind?: SupplierKind) {
  return db
    .select()
    .from(psSuppliers)
    .where(and(eq(psSuppliers.propertyId, propertyId), kind ? eq(psSuppliers.kind, kind) : undefined, eq(psSuppliers.active, true)))
    .orderBy(asc(psSuppliers.createdAt));
}
export async function supplierIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(psSuppliers)
        .where(and(eq(psSuppliers.id, id), eq(psSuppliers.propertyId, propertyId)))
    )[0] ?? null
  );
}
export async function insertSupplier(db: DbOrTx, row: typeof psSuppliers.$inferInsert) {
  return (await db.insert(psSuppliers).values(row).returning())[0]!;
}
export async function findSupplier(db: DbOrTx, id: string) {
  return (await db.select().from(psSuppliers).where(eq(psSuppliers.id, id)))[0] ?? null;
}
export async function updateSupplier(db: DbOrTx, id: string, set: Partial<typeof psSuppliers.$inferInsert>) {
  return (await db.update(psSuppliers).set(set).where(eq(psSuppliers.id, id)).returning())[0]!;
}

export async function prices(db: DbOrTx, supplierId: string) {
  return db.select().from(psLaundryPrices).where(eq(psLaundryPrices.supplierId, supplierId)).orderBy(asc(psLaundryPrices.position));
}
export async function replacePrices(
  db: DbOrTx,
  propertyId: string,
  supplierId: string,
  rows: Omit<typeof psLaundryPrices.$inferInsert, 'propertyId' | 'supplierId'>[],
) {
  await db.delete(psLaundryPrices).where(eq(psLaundryPrices.supplierId, supplierId));
  if (rows.length) await db.insert(psLaundryPrices).values(rows.map((r) => ({ ...r, propertyId, supplierId })));
}

export async function organizationIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, id), eq(organizations.propertyId, propertyId)))
    )[0] ?? null
  );
}
export async function unitIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(units)
        .where(and(eq(units.id, id), eq(units.propertyId, propertyId)))
    )[0] ?? null
  );
}
export async function firstUnitOf(db: DbOrTx, organizationId: string) {
  return (await db.select().from(units).where(eq(units.organizationId, organizationId)).orderBy(asc(units.code)).limit(1))[0] ?? null;
}

const selectRequests = (db: DbOrTx) =>
  db
    .select({ r: psLaundryRequests, organizationName: organizations.name, unitCode: units.code, supplierName: psSuppliers.name })
    .from(psLaundryRequests)
    .innerJoin(organizations, eq(organizations.id, psLaundryRequests.organizationId))
    .innerJoin(psSuppliers, eq(psSuppliers.id, psLaundryRequests.supplierId))
    .leftJoin(units, eq(units.id, psLaundryRequests.unitId));
type Joined = { r: typeof psLaundryRequests.$inferSelect; organizationName: string; unitCode: string | null; supplierName: string };
const flat = (x: Joined): LaundryRow => ({
  ...x.r,
  organizationName: x.organizationName,
  unitCode: x.unitCode,
  supplierName: x.supplierName,
});

export async function findRequest(db: DbOrTx, id: string) {
  const r = (await selectRequests(db).where(eq(psLaundryRequests.id, id)))[0];
  return r ? flat(r) : null;
}
export async function listRequests(
  db: DbOrTx,
  q: { propertyId: string; organizationId?: string | null; state?: LaundryState; from?: Date; to?: Date },
) {
  const rows = await selectRequests(db)
    .where(
      and(
        eq(psLaundryRequests.propertyId, q.propertyId),
        q.organizationId ? eq(psLaundryRequests.organizationId, q.organizationId) : undefined,
        q.state ? eq(psLaundryRequests.state, q.state) : undefined,
        q.from ? gte(psLaundryRequests.createdAt, q.from) : undefined,
        q.to ? lt(psLaundryRequests.createdAt, q.to) : undefined,
      ),
    )
    .orderBy(desc(psLaundryRequests.createdAt))
    .limit(300);
  return rows.map(flat);
}
export async function insertRequest(db: DbOrTx, row: typeof psLaundryRequests.$inferInsert) {
  return (await db.insert(psLaundryRequests).values(row).returning())[0]!;
}
/** A guarded step: only from the listed states. */
export async function updateRequest(
  db: DbOrTx,
  id: string,
  from: readonly LaundryState[],
  set: Partial<typeof psLaundryRequests.$inferInsert>,
) {
  return (
    (
      await db
        .update(psLaundryRequests)
        .set(set)
        .where(and(eq(psLaundryRequests.id, id), sql`${psLaundryRequests.state} in ${from}`))
        .returning()
    )[0] ?? null
  );
}

/** Requests whose collect deadline passed without collection and without an alert yet. */
export async function overdueUnalerted(db: DbOrTx, now: Date) {
  const rows = await selectRequests(db)
    .where(
      and(
        isNull(psLaundryRequests.collectedAt),
        isNull(psLaundryRequests.alertedAt),
        isNotNull(psLaundryRequests.collectDueAt),
        lt(psLaundryRequests.collectDueAt, now),
      ),
    )
    .limit(100);
  return rows.map(flat);
}
export async function markAlerted(db: DbOrTx, id: string, now: Date) {
  return (
    (
      await db
        .update(psLaundryRequests)
        .set({ alertedAt: now })
        .where(and(eq(psLaundryRequests.id, id), isNull(psLaundryRequests.alertedAt), isNull(psLaundryRequests.collectedAt)))
        .returning({ id: psLaundryRequests.id })
    ).length > 0
  );
}

/** Signed laundry requests and meal orders between two instants (the month statement's items). */
export async function signedItems(db: DbOrTx, kind: SupplierKind, propertyId: string, from: Date, to: Date) {
  if (kind === 'laundry')
    return (
      await selectRequests(db).where(
        and(
          eq(psLaundryRequests.propertyId, propertyId),
          eq(psLaundryRequests.state, 'signed'),
          gte(psLaundryRequests.signedAt, from),
          lt(psLaundryRequests.signedAt, to),
        ),
      )
    ).map(flat);
  const rows = await db
    .select({ o: psMealOrders, organizationName: organizations.name, supplierName: psSuppliers.name })
    .from(psMealOrders)
    .innerJoin(organizations, eq(organizations.id, psMealOrders.organizationId))
    .innerJoin(psSuppliers, eq(psSuppliers.id, psMealOrders.supplierId))
    .where(
      and(
        eq(psMealOrders.propertyId, propertyId),
        eq(psMealOrders.state, 'signed'),
        gte(psMealOrders.signedAt, from),
        lt(psMealOrders.signedAt, to),
      ),
    );
  return rows.map((r) => ({ ...r.o, organizationName: r.organizationName, supplierName: r.supplierName }));
}

export async function evaluations(db: DbOrTx, propertyId: string, kind: SupplierKind): Promise<EvaluationRow[]> {
  const rows = await db
    .select({ e: psEvaluations, supplierName: psSuppliers.name, supplierKind: psSuppliers.kind })
    .from(psEvaluations)
    .innerJoin(psSuppliers, eq(psSuppliers.id, psEvaluations.supplierId))
    .where(and(eq(psEvaluations.propertyId, propertyId), eq(psSuppliers.kind, kind)))
    .orderBy(desc(psEvaluations.period), desc(psEvaluations.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r.e, supplierName: r.supplierName, supplierKind: r.supplierKind }));
}
export async function findEvaluation(db: DbOrTx, id: string): Promise<EvaluationRow | null> {
  const r = (
    await db
      .select({ e: psEvaluations, supplierName: psSuppliers.name, supplierKind: psSuppliers.kind })
      .from(psEvaluations)
      .innerJoin(psSuppliers, eq(psSuppliers.id, psEvaluations.supplierId))
      .where(eq(psEvaluations.id, id))
  )[0];
  return r ? { ...r.e, supplierName: r.supplierName, supplierKind: r.supplierKind } : null;
}
export async function insertEvaluation(db: DbOrTx, row: typeof psEvaluations.$inferInsert) {
  return (await db.insert(psEvaluations).values(row).onConflictDoNothing().returning())[0] ?? null;
}
export async function decideEvaluation(db: DbOrTx, id: string, set: Partial<typeof psEvaluations.$inferInsert>) {
  return (await db.update(psEvaluations).set(set).where(eq(psEvaluations.id, id)).returning())[0] ?? null;
}
export async function hasEvaluation(db: DbOrTx, supplierId: string, kind: string, period: string) {
  return (
    (
      await db
        .select({ id: psEvaluations.id })
        .from(psEvaluations)
        .where(and(eq(psEvaluations.supplierId, supplierId), eq(psEvaluations.kind, kind as 'monthly'), eq(psEvaluations.period, period)))
    ).length > 0
  );
}
/** Properties with an active supplier of a kind (the reminder jobs' scope). */
export async function propertiesWithSuppliers(db: DbOrTx, kind: SupplierKind) {
  return db
    .selectDistinct({ propertyId: psSuppliers.propertyId })
    .from(psSuppliers)
    .where(and(eq(psSuppliers.kind, kind), eq(psSuppliers.active, true)));
}

/** Marks a reminder sent; false when it was sent already (the once guard). */
export async function markReminder(db: DbOrTx, propertyId: string, what: string, period: string, now: Date) {
  return (await db.insert(psReminders).values({ propertyId, what, period, sentAt: now }).onConflictDoNothing().returning()).length > 0;
}

/** The property's tenant companies with a unit (the demo's customers), by unit code. */
export async function companiesWithUnits(db: DbOrTx, propertyId: string) {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, unitId: units.id })
    .from(organizations)
    .innerJoin(units, eq(units.organizationId, organizations.id))
    .where(eq(organizations.propertyId, propertyId))
    .orderBy(asc(units.code));
  const seen = new Map<string, { id: string; name: string; unitId: string }>();
  for (const r of rows) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}
