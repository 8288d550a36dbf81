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
  // The page of work orders first, then its cases: joined before the limit, the planner looked up the case of
  // every matching work order (all those issued, say) before keeping the newest `limit`.
  const page = await db
    .select()
    .from(workOrders)
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
  if (!page.length) return [];
  const of = new Map(
    (
      await db
        .select({
          id: cases.id,
          caseNumber: cases.number,
          location: cases.location,
          contactName: cases.contactName,
          contactPhone: cases.contactPhone,
          occupantOutFrom: cases.occupantOutFrom,
          occupantOutTo: cases.occupantOutTo,
        })
        .from(cases)
        .where(inArray(cases.id, [...new Set(page.map((w) => w.caseId))]))
    ).map(({ id, ...c }) => [id, c]),
  );
  return page.flatMap((wo) => {
    const c = of.get(wo.caseId);
    return c ? [{ wo, ...c }] : [];
  });
}

/**
 * The year's work orders summed up in the database (a year holds hundreds of thousands): counts by status,
 * the first and last numbers, the runs of numbers missing between them (and below the first) as sequence ranges,
 * and the voided ones with their reasons.
 */
export async function gapFigures(db: DbOrTx, propertyId: string, year: number) {
  const ofYear = and(eq(workOrders.propertyId, propertyId), eq(workOrders.year, year));
  const [[counts], [first], [last], gaps, voided] = await Promise.all([
    db
      .select({
        total: sql<number>`count(*)::int`,
        returned: sql<number>`(count(*) filter (where ${workOrders.status} = 'returned'))::int`,
        voided: sql<number>`(count(*) filter (where ${workOrders.status} = 'voided'))::int`,
        maxSeq: sql<number | null>`max(${workOrders.seq})`,
      })
      .from(workOrders)
      .where(ofYear),
    db.select({ number: workOrders.number }).from(workOrders).where(ofYear).orderBy(asc(workOrders.seq)).limit(1),
    db.select({ number: workOrders.number }).from(workOrders).where(ofYear).orderBy(desc(workOrders.seq)).limit(1),
    // Runs of sequence numbers absent between consecutive ones (from 1 on), from the (property, year, seq) index alone.
    db.execute<{ from: number; to: number }>(sql`
      select prev + 1 as "from", seq - 1 as "to" from (
        select seq, lag(seq, 1, 0) over (order by seq) as prev from work_orders where property_id = ${propertyId} and year = ${year}
      ) g where seq - prev > 1 order by seq`),
    db
      .select({ number: workOrders.number, voidReason: workOrders.voidReason, voidedAt: workOrders.voidedAt })
      .from(workOrders)
      .where(and(ofYear, eq(workOrders.status, 'voided')))
      .orderBy(asc(workOrders.seq)),
  ]);
  return {
    total: Number(counts?.total ?? 0),
    returned: Number(counts?.returned ?? 0),
    voidedCount: Number(counts?.voided ?? 0),
    maxSeq: counts?.maxSeq === null || counts?.maxSeq === undefined ? 0 : Number(counts.maxSeq),
    first: first?.number ?? null,
    last: last?.number ?? null,
    gaps: (gaps.rows as { from: number; to: number }[]).map((r) => ({ from: Number(r.from), to: Number(r.to) })),
    voided,
  };
}

export async function counterValue(db: DbOrTx, propertyId: string, key: string) {
  const [r] = await db
    .select({ value: counters.value })
    .from(counters)
    .where(and(eq(counters.propertyId, propertyId), eq(counters.key, key)));
  return Number(r?.value ?? 0);
}
