/** All SQL of the business center: one function per query; state changes are guarded updates. */
import { and, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { BcFaxState, BcSlipKind, BcSlipState } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { bcFaxesIn, bcPrices, bcReports, bcSlips, billableCharges, organizations, units } from '../../../db/schema/index.ts';

export type SlipRow = typeof bcSlips.$inferSelect & { organizationName: string | null; charged: boolean };
export type FaxRow = typeof bcFaxesIn.$inferSelect & { organizationName: string | null };
export type ReportRow = typeof bcReports.$inferSelect;

export async function organizationIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, id), eq(organizations.propertyId, propertyId)))
        .limit(1)
    )[0] ?? null
  );
}

// ---------- prices ----------
export async function pricesOf(db: DbOrTx, propertyId: string) {
  return (await db.select().from(bcPrices).where(eq(bcPrices.propertyId, propertyId)).limit(1))[0] ?? null;
}
export async function savePrices(db: DbOrTx, row: typeof bcPrices.$inferInsert) {
  const [r] = await db
    .insert(bcPrices)
    .values(row)
    .onConflictDoUpdate({
      target: bcPrices.propertyId,
      set: { prices: row.prices, updatedByName: row.updatedByName, updatedAt: row.updatedAt },
    })
    .returning();
  return r!;
}

// ---------- slips ----------
const charged = sql<boolean>`exists (select 1 from ${billableCharges} where ${billableCharges.sourceKind} = 'business_center' and ${billableCharges.sourceId} = ${bcSlips.id})`;
const selectSlips = (db: DbOrTx) =>
  db
    .select({ s: bcSlips, organizationName: organizations.name, charged })
    .from(bcSlips)
    .leftJoin(organizations, eq(organizations.id, bcSlips.organizationId));
const flatSlip = (r: { s: typeof bcSlips.$inferSelect; organizationName: string | null; charged: boolean }): SlipRow => ({
  ...r.s,
  organizationName: r.organizationName,
  charged: !!r.charged,
});

/** Serializes numbering per property (held to the end of the transaction). */
export async function lockNumbering(tx: DbOrTx, propertyId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`bc_slips:${propertyId}`}))`);
}
export async function lastNumber(tx: DbOrTx, propertyId: string, prefix: string) {
  const [r] = await tx
    .select({ number: bcSlips.number })
    .from(bcSlips)
    .where(and(eq(bcSlips.propertyId, propertyId), sql`${bcSlips.number} like ${`${prefix}%`}`))
    .orderBy(sql`length(${bcSlips.number}) desc`, desc(bcSlips.number))
    .limit(1);
  return r?.number ?? null;
}

export async function insertSlip(tx: DbOrTx, row: typeof bcSlips.$inferInsert) {
  const [r] = await tx.insert(bcSlips).values(row).returning();
  return r!;
}

export async function findSlip(db: DbOrTx, id: string) {
  const [r] = await selectSlips(db).where(eq(bcSlips.id, id)).limit(1);
  return r ? flatSlip(r) : null;
}

export async function listSlips(
  db: DbOrTx,
  q: { propertyId: string; kind?: BcSlipKind; state?: BcSlipState; q?: string; after?: unknown[]; limit: number },
) {
  const where = [eq(bcSlips.propertyId, q.propertyId)];
  if (q.kind) where.push(eq(bcSlips.kind, q.kind));
  if (q.state) where.push(eq(bcSlips.state, q.state));
  if (q.q)
    where.push(or(ilike(bcSlips.customerName, `%${q.q}%`), ilike(bcSlips.number, `%${q.q}%`), ilike(organizations.name, `%${q.q}%`))!);
  if (q.after) where.push(sql`(${bcSlips.createdAt}, ${bcSlips.id}) < (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)`);
  const rows = await selectSlips(db)
    .where(and(...where))
    .orderBy(desc(bcSlips.createdAt), desc(bcSlips.id))
    .limit(q.limit);
  return rows.map(flatSlip);
}

/** Slips of a period (by creation) of some kinds, oldest first, voided ones left out. */
export async function slipsBetween(db: DbOrTx, propertyId: string, kinds: BcSlipKind[], from: Date, to: Date) {
  const rows = await selectSlips(db)
    .where(
      and(
        eq(bcSlips.propertyId, propertyId),
        inArray(bcSlips.kind, kinds),
        sql`${bcSlips.state} <> 'voided'`,
        gte(bcSlips.createdAt, from),
        lt(bcSlips.createdAt, to),
      ),
    )
    .orderBy(bcSlips.createdAt, bcSlips.id);
  return rows.map(flatSlip);
}

/** Slips handed over and not yet taken over: the next shift's list. */
export async function handoversWaiting(db: DbOrTx, propertyId: string) {
  const rows = await selectSlips(db)
    .where(and(eq(bcSlips.propertyId, propertyId), eq(bcSlips.state, 'open'), isNotNull(bcSlips.handoverAt), isNull(bcSlips.takenOverAt)))
    .orderBy(bcSlips.handoverAt);
  return rows.map(flatSlip);
}

export async function updateSlip(tx: DbOrTx, id: string, from: BcSlipState[], patch: Partial<typeof bcSlips.$inferInsert>) {
  const [r] = await tx
    .update(bcSlips)
    .set(patch)
    .where(and(eq(bcSlips.id, id), inArray(bcSlips.state, from)))
    .returning();
  return r ?? null;
}

// ---------- faxes in ----------
const selectFaxes = (db: DbOrTx) =>
  db
    .select({ f: bcFaxesIn, organizationName: organizations.name })
    .from(bcFaxesIn)
    .leftJoin(organizations, eq(organizations.id, bcFaxesIn.organizationId));
const flatFax = (r: { f: typeof bcFaxesIn.$inferSelect; organizationName: string | null }): FaxRow => ({
  ...r.f,
  organizationName: r.organizationName,
});

export async function insertFax(tx: DbOrTx, row: typeof bcFaxesIn.$inferInsert) {
  const [r] = await tx.insert(bcFaxesIn).values(row).returning();
  return r!;
}
export async function findFax(db: DbOrTx, id: string) {
  const [r] = await selectFaxes(db).where(eq(bcFaxesIn.id, id)).limit(1);
  return r ? flatFax(r) : null;
}
export async function listFaxes(db: DbOrTx, q: { propertyId: string; state?: BcFaxState; q?: string; after?: unknown[]; limit: number }) {
  const where = [eq(bcFaxesIn.propertyId, q.propertyId)];
  if (q.state) where.push(eq(bcFaxesIn.state, q.state));
  if (q.q)
    where.push(
      or(ilike(bcFaxesIn.recipientName, `%${q.q}%`), ilike(bcFaxesIn.unitText, `%${q.q}%`), ilike(organizations.name, `%${q.q}%`))!,
    );
  if (q.after)
    where.push(sql`(${bcFaxesIn.receivedAt}, ${bcFaxesIn.id}) < (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)`);
  const rows = await selectFaxes(db)
    .where(and(...where))
    .orderBy(desc(bcFaxesIn.receivedAt), desc(bcFaxesIn.id))
    .limit(q.limit);
  return rows.map(flatFax);
}
export async function updateFax(tx: DbOrTx, id: string, from: BcFaxState[], patch: Partial<typeof bcFaxesIn.$inferInsert>) {
  const [r] = await tx
    .update(bcFaxesIn)
    .set(patch)
    .where(and(eq(bcFaxesIn.id, id), inArray(bcFaxesIn.state, from)))
    .returning();
  return r ?? null;
}
/** Faxes that may be due for filing (待查, or for a company that moved out), oldest first, bounded. */
export async function filingCandidates(db: DbOrTx, receivedBefore: Date) {
  return db
    .select()
    .from(bcFaxesIn)
    .where(
      and(
        or(eq(bcFaxesIn.state, 'unknown'), and(eq(bcFaxesIn.state, 'waiting'), eq(bcFaxesIn.situation, 'moved_out'))),
        lt(bcFaxesIn.receivedAt, receivedBefore),
      ),
    )
    .orderBy(bcFaxesIn.receivedAt)
    .limit(200);
}

// ---------- reports ----------
export async function insertReport(tx: DbOrTx, row: typeof bcReports.$inferInsert) {
  const [r] = await tx.insert(bcReports).values(row).returning();
  return r!;
}
export async function listReports(db: DbOrTx, propertyId: string) {
  return db.select().from(bcReports).where(eq(bcReports.propertyId, propertyId)).orderBy(desc(bcReports.reportedAt)).limit(200);
}
export async function slipIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select({ id: bcSlips.id })
        .from(bcSlips)
        .where(and(eq(bcSlips.id, id), eq(bcSlips.propertyId, propertyId)))
        .limit(1)
    )[0] ?? null
  );
}
export async function faxIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select({ id: bcFaxesIn.id })
        .from(bcFaxesIn)
        .where(and(eq(bcFaxesIn.id, id), eq(bcFaxesIn.propertyId, propertyId)))
        .limit(1)
    )[0] ?? null
  );
}

/** The property's companies with their unit codes (the demo's customers). */
export async function companiesWithUnits(db: DbOrTx, propertyId: string) {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, unit: units.code })
    .from(organizations)
    .innerJoin(units, eq(units.organizationId, organizations.id))
    .where(eq(organizations.propertyId, propertyId))
    .orderBy(units.code);
  const out = new Map<string, { id: string; name: string; units: string[] }>();
  for (const r of rows) {
    const o = out.get(r.id) ?? { id: r.id, name: r.name, units: [] };
    o.units.push(r.unit);
    out.set(r.id, o);
  }
  return [...out.values()];
}
