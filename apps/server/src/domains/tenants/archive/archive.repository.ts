/** All SQL of the tenants' archive: the register, its loans (one out per document, held by a partial unique index). */
import { and, desc, eq, gte, inArray, isNull, like, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { organizations, tenantArchiveEntries, tenantArchiveLoans } from '../../../db/schema/index.ts';

export type EntryRow = typeof tenantArchiveEntries.$inferSelect & { organizationName: string | null };
export type LoanRow = typeof tenantArchiveLoans.$inferSelect & { fileNo: string; title: string; organizationName: string | null };

const entries = (db: DbOrTx) =>
  db
    .select({ e: tenantArchiveEntries, organizationName: organizations.name })
    .from(tenantArchiveEntries)
    .leftJoin(organizations, eq(organizations.id, tenantArchiveEntries.organizationId));

export async function listEntries(db: DbOrTx, f: { propertyId: string; month?: string; organizationId?: string }): Promise<EntryRow[]> {
  const conds = [eq(tenantArchiveEntries.propertyId, f.propertyId)];
  if (f.organizationId) conds.push(eq(tenantArchiveEntries.organizationId, f.organizationId));
  if (f.month) {
    const [y, m] = f.month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    conds.push(gte(tenantArchiveEntries.filedOn, `${f.month}-01`), lt(tenantArchiveEntries.filedOn, next));
  }
  return (
    await entries(db)
      .where(and(...conds))
      .orderBy(desc(tenantArchiveEntries.filedOn), desc(tenantArchiveEntries.fileNo))
      .limit(2000)
  ).map((r) => ({ ...r.e, organizationName: r.organizationName }));
}

export async function findEntry(db: DbOrTx, id: string): Promise<EntryRow | null> {
  const r = (await entries(db).where(eq(tenantArchiveEntries.id, id)).limit(1))[0];
  return r ? { ...r.e, organizationName: r.organizationName } : null;
}

export async function fileNosOfMonth(db: DbOrTx, propertyId: string, prefix: string) {
  const rows = await db
    .select({ n: tenantArchiveEntries.fileNo })
    .from(tenantArchiveEntries)
    .where(and(eq(tenantArchiveEntries.propertyId, propertyId), like(tenantArchiveEntries.fileNo, `${prefix}%`)));
  return rows.map((r) => r.n);
}

export async function insertEntry(db: DbOrTx, row: typeof tenantArchiveEntries.$inferInsert) {
  return (await db.insert(tenantArchiveEntries).values(row).returning())[0]!;
}

export async function cancelEntry(db: DbOrTx, id: string, now: Date) {
  return (
    (
      await db
        .update(tenantArchiveEntries)
        .set({ cancelledAt: now, updatedAt: now })
        .where(and(eq(tenantArchiveEntries.id, id), isNull(tenantArchiveEntries.cancelledAt)))
        .returning()
    )[0] ?? null
  );
}

const loans = (db: DbOrTx) =>
  db
    .select({
      l: tenantArchiveLoans,
      fileNo: tenantArchiveEntries.fileNo,
      title: tenantArchiveEntries.title,
      organizationName: organizations.name,
    })
    .from(tenantArchiveLoans)
    .innerJoin(tenantArchiveEntries, eq(tenantArchiveEntries.id, tenantArchiveLoans.entryId))
    .leftJoin(organizations, eq(organizations.id, tenantArchiveEntries.organizationId));
const flat = (r: {
  l: typeof tenantArchiveLoans.$inferSelect;
  fileNo: string;
  title: string;
  organizationName: string | null;
}): LoanRow => ({
  ...r.l,
  fileNo: r.fileNo,
  title: r.title,
  organizationName: r.organizationName,
});

export async function openLoansOf(db: DbOrTx, entryIds: string[]): Promise<LoanRow[]> {
  if (!entryIds.length) return [];
  return (await loans(db).where(and(inArray(tenantArchiveLoans.entryId, entryIds), isNull(tenantArchiveLoans.returnedAt)))).map(flat);
}

export async function listLoans(db: DbOrTx, f: { propertyId: string; openOnly: boolean; dueBefore?: string }) {
  const conds = [eq(tenantArchiveLoans.propertyId, f.propertyId)];
  if (f.openOnly) conds.push(isNull(tenantArchiveLoans.returnedAt));
  if (f.dueBefore) conds.push(lt(tenantArchiveLoans.dueOn, f.dueBefore));
  return (
    await loans(db)
      .where(and(...conds))
      .orderBy(desc(tenantArchiveLoans.lentAt))
      .limit(500)
  ).map(flat);
}

export async function findLoan(db: DbOrTx, id: string): Promise<LoanRow | null> {
  const r = (await loans(db).where(eq(tenantArchiveLoans.id, id)).limit(1))[0];
  return r ? flat(r) : null;
}

export async function insertLoan(db: DbOrTx, row: typeof tenantArchiveLoans.$inferInsert) {
  return (await db.insert(tenantArchiveLoans).values(row).returning())[0]!;
}

export async function returnLoan(db: DbOrTx, id: string, patch: Partial<typeof tenantArchiveLoans.$inferInsert>) {
  return (
    (
      await db
        .update(tenantArchiveLoans)
        .set(patch)
        .where(and(eq(tenantArchiveLoans.id, id), isNull(tenantArchiveLoans.returnedAt)))
        .returning()
    )[0] ?? null
  );
}

export async function organizationIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, id), eq(organizations.propertyId, propertyId)))
        .limit(1)
    ).length > 0
  );
}
