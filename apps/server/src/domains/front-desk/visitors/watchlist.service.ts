/** The watch list (关注名单): security and supervisors keep it; every change audited. Read by those who keep it and the desk. */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './visitors.repository.ts';
import { presentWatch } from './visitors.presenter.ts';
import type { WatchCreate } from './visitors.schema.ts';

export async function listWatch(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, can(actor, propertyId, 'frontdesk.watchlist.manage') ? 'frontdesk.watchlist.manage' : 'frontdesk.visitors');
  return { data: (await repo.listWatch(ctx.db, propertyId)).map(presentWatch) };
}

export async function addWatch(ctx: Ctx, input: WatchCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.watchlist.manage');
  const w = await ctx.db.transaction(async (tx) => {
    const w = await repo.insertWatch(tx, { ...input, createdBy: actor.id, createdAt: ctx.now() });
    await audit(tx, ctx, {
      action: 'watch_list.added',
      entityType: 'watch_list',
      entityId: w.id,
      propertyId: w.propertyId,
      before: null,
      after: w,
    });
    return w;
  });
  return presentWatch({ w, createdByName: actor.displayName });
}

export async function setWatchActive(ctx: Ctx, id: string, active: boolean) {
  const actor = requireActor(ctx);
  const before = await repo.findWatch(ctx.db, id);
  if (!before || !can(actor, before.propertyId, 'frontdesk.visitors')) throw errors.notFound('watch list entry');
  authorize(actor, before.propertyId, 'frontdesk.watchlist.manage');
  const w = await ctx.db.transaction(async (tx) => {
    const w = await repo.setWatchActive(tx, id, active);
    await audit(tx, ctx, {
      action: active ? 'watch_list.restored' : 'watch_list.removed',
      entityType: 'watch_list',
      entityId: id,
      propertyId: w.propertyId,
      before,
      after: w,
    });
    return w;
  });
  return presentWatch({ w, createdByName: null });
}
