/**
 * Uploads (issue 11): a photo or document is stored by the server, checked by its bytes, resized and
 * thumbnailed; it belongs to its uploader until a record takes it (attachFiles), and from then on it is
 * served to whoever may read that record — the record's own read policy, the same one that filters
 * its live events.
 */
import { createHash } from 'node:crypto';
import type { FileKind } from '@hy/contracts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import { memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './storage.repository.ts';
import { presentFile } from './storage.presenter.ts';
import { isImage, kindTakes, sniff, storedName } from './storage.rules.ts';
import { photo, type Processed } from './storage.images.ts';

/** May this actor read the record of this type and id? (The live stream's readers answer it.) */
export type RecordReader = (entityType: string, entityId: string, actor: Actor) => Promise<boolean>;

export const unsupported = (ctx: Ctx) =>
  new AppError(
    'unsupported_file_type',
    415,
    say(
      ctx,
      '不支持的文件类型（支持 JPEG、PNG、WebP、GIF 图片和 PDF）',
      'Unsupported file type (JPEG, PNG, WebP, GIF images and PDF are accepted)',
    ),
  );

export function assertMember(actor: Actor, propertyId: string) {
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
}

/** Stores processed bytes with their audit event; returns the reference. */
export async function saveFile(
  ctx: Ctx,
  f: { propertyId: string; kind: FileKind; name: string; processed: Processed; signerName?: string },
) {
  const actor = requireActor(ctx);
  const { processed: p } = f;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await repo.insertFile(tx, {
      propertyId: f.propertyId,
      kind: f.kind,
      mediaType: p.mediaType,
      name: f.name,
      byteSize: p.content.length,
      width: p.width || null,
      height: p.height || null,
      sha256: createHash('sha256').update(p.content).digest('hex'),
      content: p.content,
      thumbnail: p.thumbnail,
      uploadedBy: actor.id,
      signerName: f.signerName ?? null,
      signedAt: f.signerName ? now : null,
      createdAt: now,
    });
    await audit(tx, ctx, {
      action: f.kind === 'signature' ? 'file.signed' : 'file.uploaded',
      entityType: 'file',
      entityId: row.id,
      propertyId: f.propertyId,
      before: null,
      after: { kind: row.kind, name: row.name, mediaType: row.mediaType, byteSize: row.byteSize, signerName: row.signerName },
    });
    return presentFile(row);
  });
}

export async function upload(ctx: Ctx, q: { propertyId: string; kind: 'photo' | 'document' }, part: { filename?: string; data: Buffer }) {
  assertMember(requireActor(ctx), q.propertyId);
  const type = sniff(part.data);
  if (!type || !kindTakes(q.kind, type)) throw unsupported(ctx);
  const processed: Processed | null = isImage(type)
    ? await photo(part.data)
    : { content: part.data, thumbnail: null, mediaType: type, width: 0, height: 0 };
  if (!processed) throw unsupported(ctx);
  return saveFile(ctx, { propertyId: q.propertyId, kind: q.kind, name: storedName(part.filename, processed.mediaType), processed });
}

/** The bytes of a file (or its thumbnail) for someone who may see it; 404 for anyone else. */
export async function open(ctx: Ctx, id: string, which: 'content' | 'thumbnail', reads: RecordReader) {
  const actor = requireActor(ctx);
  const f = await repo.findFile(ctx.db, id);
  if (!f || !memberProperties(actor).includes(f.propertyId)) throw errors.notFound('file');
  const mayRead = f.entityId ? await reads(f.entityType!, f.entityId, actor) : f.uploadedBy === actor.id;
  if (!mayRead) throw errors.notFound('file');
  const bytes = await repo.fileBytes(ctx.db, id, which);
  if (!bytes) throw errors.notFound('file');
  return { file: f, bytes };
}

/**
 * A record takes the actor's own uploads (called inside the record's transaction): each id must be
 * an unattached upload of the actor, in the record's property, of an accepted kind. Otherwise 422
 * file_not_attachable naming the field, and the transaction (the record too) rolls back.
 */
export async function attachFiles(
  tx: DbOrTx,
  ctx: Ctx,
  a: { propertyId: string; ids: string[]; entity: { type: string; id: string }; kinds?: FileKind[]; field?: string },
) {
  const actor = requireActor(ctx);
  const ids = [...new Set(a.ids)];
  const done = await repo.attach(tx, {
    ids,
    propertyId: a.propertyId,
    uploadedBy: actor.id,
    kinds: a.kinds ?? ['photo', 'document'],
    entityType: a.entity.type,
    entityId: a.entity.id,
    at: ctx.now(),
  });
  const missing = ids.filter((id) => !done.includes(id));
  if (missing.length) {
    const message = say(
      ctx,
      '文件不存在、已被使用或不是您上传的',
      'The file does not exist, is in use already, or was not uploaded by you',
    );
    throw errors.rule('file_not_attachable', message, { ids: missing }, [
      { path: a.field ?? 'photoIds', message, code: 'file_not_attachable' },
    ]);
  }
}

/** The references of files by id, in the order given (ids without a file are skipped). */
export async function fileRefs(db: DbOrTx, ids: string[]) {
  const byId = new Map((await repo.filesByIds(db, ids)).map((f) => [f.id, f]));
  return ids.flatMap((id) => (byId.has(id) ? [presentFile(byId.get(id)!)] : []));
}
