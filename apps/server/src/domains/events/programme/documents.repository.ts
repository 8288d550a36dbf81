/** All SQL of the event's documents and their versions. */
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventDocuments, eventDocumentVersions, users } from '../../../db/schema/index.ts';

export type DocumentRow = typeof eventDocuments.$inferSelect;
export type VersionRow = typeof eventDocumentVersions.$inferSelect;

export const documentsOf = (db: DbOrTx, eventId: string) =>
  db
    .select()
    .from(eventDocuments)
    .where(eq(eventDocuments.eventId, eventId))
    .orderBy(asc(eventDocuments.kind), asc(eventDocuments.createdAt));

export const findDocument = async (db: DbOrTx, eventId: string, id: string) =>
  (
    await db
      .select()
      .from(eventDocuments)
      .where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id)))
  )[0] ?? null;

export const insertDocument = async (tx: DbOrTx, v: typeof eventDocuments.$inferInsert) =>
  (await tx.insert(eventDocuments).values(v).returning())[0]!;

export const touchDocument = (tx: DbOrTx, id: string, at: Date) =>
  tx.update(eventDocuments).set({ updatedAt: at }).where(eq(eventDocuments.id, id));

/** The next version, numbered in the same statement (the primary key refuses a concurrent duplicate). */
export async function insertVersion(tx: DbOrTx, v: Omit<typeof eventDocumentVersions.$inferInsert, 'version'>) {
  const [m] = await tx
    .select({ n: max(eventDocumentVersions.version) })
    .from(eventDocumentVersions)
    .where(eq(eventDocumentVersions.documentId, v.documentId));
  return (
    await tx
      .insert(eventDocumentVersions)
      .values({ ...v, version: (m?.n ?? 0) + 1 })
      .returning()
  )[0]!;
}

export const versionsOf = (db: DbOrTx, documentIds: string[]) =>
  documentIds.length
    ? db
        .select({
          documentId: eventDocumentVersions.documentId,
          version: eventDocumentVersions.version,
          fileId: eventDocumentVersions.fileId,
          note: eventDocumentVersions.note,
          uploadedAt: eventDocumentVersions.uploadedAt,
          uploadedBy: users.displayName,
        })
        .from(eventDocumentVersions)
        .leftJoin(users, eq(users.id, eventDocumentVersions.uploadedBy))
        .where(inArray(eventDocumentVersions.documentId, documentIds))
        .orderBy(desc(eventDocumentVersions.version))
    : Promise.resolve([]);

export const findVersion = async (db: DbOrTx, documentId: string, version: number) =>
  (
    await db
      .select()
      .from(eventDocumentVersions)
      .where(and(eq(eventDocumentVersions.documentId, documentId), eq(eventDocumentVersions.version, version)))
  )[0] ?? null;
