/** SQL of the knowledge base (S12): entries, search while taking a call, links to cases and consultations. */
import { and, asc, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { caseKbLinks, cases, consultationKbLinks, consultations, kbEntries } from '../../../db/schema/index.ts';

export type KbRow = typeof kbEntries.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

export async function insertKb(tx: DbOrTx, row: typeof kbEntries.$inferInsert) {
  const [r] = await tx.insert(kbEntries).values(row).returning();
  return r!;
}

export async function findKb(db: DbOrTx, id: string) {
  const [r] = await db.select().from(kbEntries).where(eq(kbEntries.id, id));
  return r ?? null;
}

export async function updateKb(tx: DbOrTx, id: string, version: number, patch: Partial<typeof kbEntries.$inferInsert>) {
  const [r] = await tx
    .update(kbEntries)
    .set({ ...patch, version: sql`${kbEntries.version} + 1` })
    .where(and(eq(kbEntries.id, id), eq(kbEntries.version, version), isNull(kbEntries.archivedAt)))
    .returning();
  return r ?? null;
}

/** ILIKE over question, answer, keywords and category (pg_trgm is not loaded in PGlite here); question hits first. */
export async function searchKb(
  db: DbOrTx,
  f: { propertyId: string; q?: string; category?: string; courtesy?: boolean; publicOnly?: boolean; limit: number },
) {
  const q = f.q ? like(f.q) : null;
  const uses = db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseKbLinks)
    .where(eq(caseKbLinks.kbEntryId, kbEntries.id));
  return db
    .select({ e: kbEntries, uses: sql<number>`(${uses})` })
    .from(kbEntries)
    .where(
      and(
        eq(kbEntries.propertyId, f.propertyId),
        isNull(kbEntries.archivedAt),
        f.category ? eq(kbEntries.category, f.category) : undefined,
        f.courtesy !== undefined ? eq(kbEntries.courtesy, f.courtesy) : undefined,
        f.publicOnly ? eq(kbEntries.public, true) : undefined,
        q
          ? or(
              ilike(kbEntries.question, q),
              ilike(kbEntries.answer, q),
              ilike(kbEntries.category, q),
              sql`array_to_string(${kbEntries.keywords}, ' ') ilike ${q}`,
            )
          : undefined,
      ),
    )
    .orderBy(...(q ? [desc(sql`${kbEntries.question} ilike ${q}`)] : []), asc(kbEntries.category), desc(kbEntries.updatedAt))
    .limit(f.limit);
}

export async function linkCaseKb(tx: DbOrTx, caseId: string, entryId: string, userId: string, now: Date) {
  return (
    (await tx.insert(caseKbLinks).values({ caseId, kbEntryId: entryId, linkedBy: userId, linkedAt: now }).onConflictDoNothing().returning())
      .length > 0
  );
}

export async function linkConsultationKb(tx: DbOrTx, consultationId: string, entryId: string, userId: string, now: Date) {
  return (
    (
      await tx
        .insert(consultationKbLinks)
        .values({ consultationId, kbEntryId: entryId, linkedBy: userId, linkedAt: now })
        .onConflictDoNothing()
        .returning()
    ).length > 0
  );
}

export async function kbOfCase(db: DbOrTx, caseId: string) {
  return db
    .select({ id: kbEntries.id, category: kbEntries.category, question: kbEntries.question, linkedAt: caseKbLinks.linkedAt })
    .from(caseKbLinks)
    .innerJoin(kbEntries, eq(kbEntries.id, caseKbLinks.kbEntryId))
    .where(eq(caseKbLinks.caseId, caseId))
    .orderBy(asc(caseKbLinks.linkedAt));
}

/** Cases and consultations that used an entry. */
export async function usesOfKb(db: DbOrTx, entryId: string, limit: number) {
  const [cs, qs] = await Promise.all([
    db
      .select({ id: cases.id, number: cases.number, linkedAt: caseKbLinks.linkedAt })
      .from(caseKbLinks)
      .innerJoin(cases, eq(cases.id, caseKbLinks.caseId))
      .where(eq(caseKbLinks.kbEntryId, entryId))
      .orderBy(desc(caseKbLinks.linkedAt))
      .limit(limit),
    db
      .select({ id: consultations.id, question: consultations.question, linkedAt: consultationKbLinks.linkedAt })
      .from(consultationKbLinks)
      .innerJoin(consultations, eq(consultations.id, consultationKbLinks.consultationId))
      .where(eq(consultationKbLinks.kbEntryId, entryId))
      .orderBy(desc(consultationKbLinks.linkedAt))
      .limit(limit),
  ]);
  return { cases: cs, consultations: qs };
}

export async function findConsultation(db: DbOrTx, id: string) {
  const [r] = await db
    .select({ id: consultations.id, propertyId: consultations.propertyId })
    .from(consultations)
    .where(eq(consultations.id, id));
  return r ?? null;
}
