/** SQL of work orders (S5): unbroken numbers per year, state changes guarded by their from-states. */
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, counters, workOrders } from '../../../db/schema/index.ts';

export type WorkOrderRow = typeof workOrders.$inferSelect;

export async function insertWorkOrder(tx: DbOrTx, row: typeof workOrders.$inferInsert) {
  const [w] = await tx.insert(workOrders).values(row).returning();
  return w!;
}

export async function findWorkOrder(db: DbOrTx, id: string) {
  const [w] = await db.select().from(workOrders).where(eq(workOrders.id, id));
  return w ?? null;
}

/** State change guarded by the states it may come from: of two concurrent changes one wins. */
export async function updateWorkOrder(
  tx: DbOrTx,
  id: string,
  from: readonly WorkOrderRow['status'][],
  patch: Partial<typeof workOrders.$inferInsert>,
  now: Date,
  takenBy?: string | null,
) {
  const [w] = await tx
    .update(workOrders)
    .set({ ...patch, updatedAt: now })
    .where(
      and(
        eq(workOrders.id, id),
        inArray(workOrders.status, [...from]),
        // accepting: still unassigned (grab) or assigned to the one who accepts
        takenBy ? sql`(${workOrders.assigneeId} is null or ${workOrders.assigneeId} = ${takenBy})` : undefined,
      ),
    )
    .returning();
  return w ?? null;
}

export async function workOrdersOf(db: DbOrTx, caseId: string) {
  return db.select().from(workOrders).where(eq(workOrders.caseId, caseId)).orderBy(asc(workOrders.seq));
}

export async function listWorkOrders(
  db: DbOrTx,
  f: { propertyIds: string[]; assigneeId?: string; status?: string; caseId?: string; limit: number; afterNumber?: string },
) {
  if (!f.propertyIds.length) return [];
  return db
    .select({
      wo: workOrders,
      caseNumber: cases.number,
      location: cases.location,
      contactName: cases.contactName,
      contactPhone: cases.contactPhone,
      occupantOutFrom: cases.occupantOutFrom,
      occupantOutTo: cases.occupantOutTo,
    })
    .from(workOrders)
    .innerJoin(cases, eq(cases.id, workOrders.caseId))
    .where(
      and(
        inArray(workOrders.propertyId, f.propertyIds),
        f.assigneeId ? eq(workOrders.assigneeId, f.assigneeId) : undefined,
        f.status ? eq(workOrders.status, f.status as WorkOrderRow['status']) : undefined,
        f.caseId ? eq(workOrders.caseId, f.caseId) : undefined,
        f.afterNumber ? lt(workOrders.number, f.afterNumber) : undefined,
      ),
    )
    .orderBy(desc(workOrders.number))
    .limit(f.limit);
}

export async function workOrderNumbers(db: DbOrTx, propertyId: string, year: number) {
  return db
    .select({
      seq: workOrders.seq,
      number: workOrders.number,
      status: workOrders.status,
      voidReason: workOrders.voidReason,
      voidedAt: workOrders.voidedAt,
    })
    .from(workOrders)
    .where(and(eq(workOrders.propertyId, propertyId), eq(workOrders.year, year)))
    .orderBy(asc(workOrders.seq));
}

export async function counterValue(db: DbOrTx, propertyId: string, key: string) {
  const [r] = await db
    .select({ value: counters.value })
    .from(counters)
    .where(and(eq(counters.propertyId, propertyId), eq(counters.key, key)));
  return Number(r?.value ?? 0);
}
