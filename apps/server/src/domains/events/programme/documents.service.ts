/**
 * The event's documents (M13): agenda, handbook with travel directions, speeches, attendee list, seating chart of
 * the rostrum … each a versioned file (the files domain's upload, attached to the document) with who may see it.
 * Files are served only here, by the event's policy; every download of a confidential document is audited.
 */
import type { DocumentCreate, DocumentVersionCreate, EventDocument } from '@hy/contracts';
import { documentCreate } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { attachFiles, fileBytes, filesOf } from '../../files/index.ts';
import { refused } from '../events.shared.ts';
import { openEvent, openForChange, type OpenEvent } from '../event/event.access.ts';
import type { EventRow } from '../event/event.repository.ts';
import * as repo from './documents.repository.ts';
import { maySee } from './documents.rules.ts';

const ENTITY = 'event_document';

const live = (tx: DbOrTx, e: EventRow) =>
  publish(tx, { type: 'event', topic: 'event.programme', propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

async function present(db: DbOrTx, docs: repo.DocumentRow[]): Promise<EventDocument[]> {
  const versions = await repo.versionsOf(
    db,
    docs.map((d) => d.id),
  );
  const files = new Map(
    (
      await filesOf(
        db,
        ENTITY,
        docs.map((d) => d.id),
      )
    ).map((f) => [f.id, f]),
  );
  return docs.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    visibility: d.visibility,
    confidential: d.confidential,
    updatedAt: d.updatedAt.toISOString(),
    versions: versions
      .filter((v) => v.documentId === d.id)
      .map((v) => ({
        version: v.version,
        fileId: v.fileId,
        fileName: files.get(v.fileId)?.name ?? '',
        size: files.get(v.fileId)?.byteSize ?? 0,
        note: v.note,
        uploadedBy: v.uploadedBy,
        uploadedAt: v.uploadedAt.toISOString(),
      })),
  }));
}

export async function listDocuments(ctx: Ctx, eventId: string) {
  const { access } = await openEvent(ctx, eventId);
  const docs = (await repo.documentsOf(ctx.db, eventId)).filter((d) => maySee(access, d));
  return { data: await present(ctx.db, docs) };
}

/** A document the actor may see: 404 when the event is unreadable or the document absent, 403 when hidden from them. */
async function openDocument(ctx: Ctx, o: OpenEvent, documentId: string) {
  const d = await repo.findDocument(ctx.db, o.event.id, documentId);
  if (!d) throw refused(ctx, 'event_document_not_found');
  if (!maySee(o.access, d)) {
    await audit(ctx.db, ctx, {
      action: 'event_document.refused',
      entityType: ENTITY,
      entityId: d.id,
      propertyId: d.propertyId,
      meta: { eventId: o.event.id },
    });
    throw errors.forbidden();
  }
  return d;
}

export async function createDocument(ctx: Ctx, eventId: string, raw: DocumentCreate) {
  const input = documentCreate.parse(raw);
  const { event: e, actor } = await openForChange(ctx, eventId, 'work');
  const d = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const d = await repo.insertDocument(tx, {
      eventId,
      propertyId: e.propertyId,
      kind: input.kind,
      title: input.title,
      visibility: input.visibility,
      confidential: input.confidential,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await attachFiles(tx, ctx, { propertyId: e.propertyId, ids: [input.fileId], entity: { type: ENTITY, id: d.id }, field: 'fileId' });
    const v = await repo.insertVersion(tx, {
      documentId: d.id,
      fileId: input.fileId,
      note: input.note ?? null,
      uploadedBy: actor.id,
      uploadedAt: now,
    });
    await audit(tx, ctx, {
      action: 'event_document.created',
      entityType: ENTITY,
      entityId: d.id,
      propertyId: e.propertyId,
      before: null,
      after: { ...d, version: v.version, fileId: v.fileId },
      meta: { eventId },
    });
    await live(tx, e);
    return d;
  });
  return (await present(ctx.db, [d]))[0]!;
}

export async function addVersion(ctx: Ctx, eventId: string, documentId: string, input: DocumentVersionCreate) {
  const o = await openForChange(ctx, eventId, 'work');
  const d = await openDocument(ctx, o, documentId);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await attachFiles(tx, ctx, { propertyId: d.propertyId, ids: [input.fileId], entity: { type: ENTITY, id: d.id }, field: 'fileId' });
    const v = await repo.insertVersion(tx, {
      documentId: d.id,
      fileId: input.fileId,
      note: input.note ?? null,
      uploadedBy: o.actor.id,
      uploadedAt: now,
    });
    await repo.touchDocument(tx, d.id, now);
    await audit(tx, ctx, {
      action: 'event_document.version_added',
      entityType: ENTITY,
      entityId: d.id,
      propertyId: d.propertyId,
      after: { version: v.version, fileId: v.fileId, note: v.note },
      meta: { eventId },
    });
    await live(tx, o.event);
  });
  return (await present(ctx.db, [(await repo.findDocument(ctx.db, eventId, documentId))!]))[0]!;
}

/** The bytes of one version (the latest when `version` is absent); a confidential document's download is audited. */
export async function downloadDocument(ctx: Ctx, eventId: string, documentId: string, version?: number) {
  const o = await openEvent(ctx, eventId);
  const d = await openDocument(ctx, o, documentId);
  const versions = await repo.versionsOf(ctx.db, [d.id]);
  const v = version ? versions.find((x) => x.version === version) : versions[0];
  if (!v) throw refused(ctx, 'event_document_not_found');
  const [meta] = (await filesOf(ctx.db, ENTITY, [d.id])).filter((f) => f.id === v.fileId);
  const bytes = await fileBytes(ctx.db, v.fileId, 'content');
  if (!meta || !bytes) throw refused(ctx, 'event_document_not_found');
  if (d.confidential || d.visibility === 'team')
    await audit(ctx.db, ctx, {
      action: 'event_document.downloaded',
      entityType: ENTITY,
      entityId: d.id,
      propertyId: d.propertyId,
      meta: { eventId, version: v.version, confidential: d.confidential },
    });
  return { name: meta.name, mediaType: meta.mediaType, bytes };
}
