/**
 * One mail item as the reader may see it (F4): the lookup every use case starts with (404, audited, for
 * anybody who may not read it), the presented shape, and the conflict answer of a changed item.
 */
import type { Actor, Ctx } from '../../../lib/context.ts';
import { memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import * as repo from './mail.repository.ts';
import { filesFor, presentItem } from './mail.presenter.ts';
import { mayRead } from './mail.policy.ts';

export const TZ = 'Asia/Shanghai';

/** One item the actor may read; 404 (audited) for anybody else — the item's existence is not revealed. */
export async function loadItem(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const m = await repo.findItem(ctx.db, id);
  if (!m || !mayRead(actor, m)) {
    if (m && memberProperties(actor).includes(m.propertyId))
      await audit(ctx.db, ctx, { action: 'mail_item.read_denied', entityType: 'mail_item', entityId: m.id, propertyId: m.propertyId });
    throw errors.notFound('mail item');
  }
  return { actor, m };
}

export async function present(ctx: Ctx, actor: Actor, id: string) {
  const m = (await repo.findItem(ctx.db, id))!;
  return presentItem(actor, m, await filesFor(ctx.db, [m]));
}

export async function getMail(ctx: Ctx, id: string) {
  const { actor, m } = await loadItem(ctx, id);
  return presentItem(actor, m, await filesFor(ctx.db, [m]));
}

export const notWaiting = (ctx: Ctx) =>
  new AppError('mail_not_waiting', 409, say(ctx, '该邮件已交接或已处理', 'This item has been handed over or closed already'));

/** A live event about one item (sent after the write commits, only to those who may read the item). */
export const live = (tx: DbOrTx, m: { id: string; propertyId: string }, topic: string) =>
  publish(tx, { type: 'event', topic: `mail.${topic}`, propertyId: m.propertyId, entity: { type: 'mail_item', id: m.id } });
