/** SQL of files: insert, the row without its bytes, the bytes, attach to a record, refs, the purge. */
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { files } from '../../../db/schema/index.ts';

export type FileInsert = typeof files.$inferInsert;

/** Every column but the bytes. */
const meta = {
  id: files.id,
  propertyId: files.propertyId,
  kind: files.kind,
  mediaType: files.mediaType,
  name: files.name,
  byteSize: files.byteSize,
  width: files.width,
  height: files.height,
  sha256: files.sha256,
  uploadedBy: files.uploadedBy,
  signerName: files.signerName,
  signedAt: files.signedAt,
  entityType: files.entityType,
  entityId: files.entityId,
  attachedAt: files.attachedAt,
  createdAt: files.createdAt,
  hasThumbnail: sql<boolean>`${files.thumbnail} is not null`,
};
export type FileMeta = Omit<typeof files.$inferSelect, 'content' | 'thumbnail'> & { hasThumbnail: boolean };

export async function insertFile(tx: DbOrTx, row: FileInsert): Promise<FileMeta> {
  const [r] = await tx.insert(files).values(row).returning(meta);
  return r!;
}

export async function findFile(db: DbOrTx, id: string): Promise<FileMeta | null> {
  const [r] = await db.select(meta).from(files).where(eq(files.id, id));
  return r ?? null;
}

/** The stored bytes, or the thumbnail's. */
export async function fileBytes(db: DbOrTx, id: string, which: 'content' | 'thumbnail'): Promise<Buffer | null> {
  const [r] = await db
    .select({ b: which === 'content' ? files.content : files.thumbnail })
    .from(files)
    .where(eq(files.id, id));
  return r?.b ?? null;
}

/**
 * Attaches the actor's own unattached uploads of the property to a record; returns the ids it
 * attached (fewer than asked when one is not theirs, of another property, of another kind or used).
 */
export async function attach(
  tx: DbOrTx,
  q: { ids: string[]; propertyId: string; uploadedBy: string; kinds: string[]; entityType: string; entityId: string; at: Date },
) {
  if (!q.ids.length) return [];
  const rows = await tx
    .update(files)
    .set({ entityType: q.entityType, entityId: q.entityId, attachedAt: q.at })
    .where(
      and(
        inArray(files.id, q.ids),
        eq(files.propertyId, q.propertyId),
        eq(files.uploadedBy, q.uploadedBy),
        inArray(files.kind, q.kinds as never[]),
        isNull(files.entityId),
      ),
    )
    .returning({ id: files.id });
  return rows.map((r) => r.id);
}

/** The files attached to a record, oldest first. */
export function filesOf(db: DbOrTx, entityType: string, entityIds: string[]): Promise<FileMeta[]> {
  if (!entityIds.length) return Promise.resolve([]);
  return db
    .select(meta)
    .from(files)
    .where(and(eq(files.entityType, entityType), inArray(files.entityId, entityIds)))
    .orderBy(asc(files.createdAt), asc(files.id));
}

export function filesByIds(db: DbOrTx, ids: string[]): Promise<FileMeta[]> {
  if (!ids.length) return Promise.resolve([]);
  return db.select(meta).from(files).where(inArray(files.id, ids));
}

/** Deletes up to `limit` uploads never attached and created before `before`; returns how many. */
export async function purgeUnattached(tx: DbOrTx, before: Date, limit: number) {
  const victims = tx
    .select({ id: files.id })
    .from(files)
    .where(and(isNull(files.entityId), lt(files.createdAt, before)))
    .limit(limit);
  const rows = await tx.delete(files).where(inArray(files.id, victims)).returning({ id: files.id });
  return rows.length;
}
