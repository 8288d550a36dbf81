/**
 * Holiday greetings (T3, 走访安排): at 元旦, 春节, 中秋, 圣诞 and 国庆 every tenant company gets a small gift or a
 * card. The year's occasions come from the work calendar (the public holiday around each and the last working
 * day before it); a plan per occasion and year lists every tenant company with who gives what, ticked when done.
 */
import type { GreetingCreate, GreetingGiftKind, GreetingOccasion } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from './visits.repository.ts';
import { presentGreetingItem, presentPlan } from './visits.presenter.ts';
import { occasionsOf } from './visits.rules.ts';
import { refused } from './visits.service.ts';

export async function occasions(ctx: Ctx, q: { propertyId: string; year: number }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.visits');
  const cal = await loadWorkCalendar(ctx.db, q.propertyId);
  const plans = await repo.plansOfYear(ctx.db, q.propertyId, q.year);
  return {
    year: q.year,
    data: occasionsOf(cal, q.year).map((o) => {
      const p = plans.find((x) => x.occasion === o.occasion);
      return { ...o, planId: p?.id ?? null, items: p?.items ?? 0, done: p?.done ?? 0 };
    }),
  };
}

async function loadPlan(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const p = await repo.findPlan(ctx.db, id);
  if (!p || !memberProperties(actor).includes(p.propertyId) || !can(actor, p.propertyId, 'tenants.visits'))
    throw errors.notFound('greeting plan');
  return { actor, p };
}

export async function getPlan(ctx: Ctx, id: string) {
  const { actor, p } = await loadPlan(ctx, id);
  const units = new Map((await repo.tenantCompanies(ctx.db, p.propertyId)).map((o) => [o.id, o.units]));
  const items = await repo.greetingItemsOf(ctx.db, id);
  return presentPlan(
    actor,
    p,
    items.map((i) => presentGreetingItem(i, units.get(i.organizationId) ?? [])),
  );
}

/** Make the plan of an occasion: its date and deliver-by day from the calendar, a line per tenant company. */
export async function createPlan(
  ctx: Ctx,
  input: Omit<GreetingCreate, 'giftKind'> & { occasion: GreetingOccasion; giftKind: GreetingGiftKind },
) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'tenants.visits');
  const o = occasionsOf(await loadWorkCalendar(ctx.db, input.propertyId), input.year).find((x) => x.occasion === input.occasion)!;
  const orgs = await repo.tenantCompanies(ctx.db, input.propertyId);
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const p = await repo.insertPlan(tx, {
        propertyId: input.propertyId,
        occasion: input.occasion,
        year: input.year,
        occasionDate: o.date,
        deliverBy: o.deliverBy,
        note: input.note ?? null,
        createdBy: actor.id,
        createdAt: ctx.now(),
      });
      await repo.insertGreetingItems(
        tx,
        orgs.map((org) => ({
          planId: p.id,
          propertyId: p.propertyId,
          organizationId: org.id,
          giftKind: input.giftKind,
          gift: input.gift ?? null,
          giverName: input.giverName ?? null,
        })),
      );
      await audit(tx, ctx, {
        action: 'tenant_greeting.planned',
        entityType: 'tenant_greeting_plan',
        entityId: p.id,
        propertyId: p.propertyId,
        before: null,
        after: { ...p, items: orgs.length },
      });
      return p.id;
    });
    return getPlan(ctx, id);
  } catch (e) {
    throw sqlState(e) === '23505' ? refused(ctx, 'greeting_plan_exists', 'occasion') : e;
  }
}

/** Change who gives what on a line (not once it is done). */
export async function updateItem(
  ctx: Ctx,
  planId: string,
  itemId: string,
  patch: { giftKind?: GreetingGiftKind; gift?: string | null; giverName?: string | null },
) {
  const { p } = await loadPlan(ctx, planId);
  const item = await repo.findGreetingItem(ctx.db, planId, itemId);
  if (!item) throw errors.notFound('greeting item');
  if (item.doneAt) throw refused(ctx, 'greeting_item_done');
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateGreetingItem(tx, itemId, set);
    if (!u) throw refused(ctx, 'greeting_item_done');
    await audit(tx, ctx, {
      action: 'tenant_greeting.item_changed',
      entityType: 'tenant_greeting_plan',
      entityId: planId,
      propertyId: p.propertyId,
      before: item,
      after: u,
    });
  });
  return getPlan(ctx, planId);
}

/** Tick a line done (given, sent or visited), once. */
export async function tickItem(ctx: Ctx, planId: string, itemId: string) {
  const { actor, p } = await loadPlan(ctx, planId);
  const item = await repo.findGreetingItem(ctx.db, planId, itemId);
  if (!item) throw errors.notFound('greeting item');
  if (item.doneAt) throw refused(ctx, 'greeting_item_done');
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateGreetingItem(tx, itemId, {
      doneAt: ctx.now(),
      doneByName: actor.displayName,
      giverName: item.giverName ?? actor.displayName,
    });
    if (!u) throw refused(ctx, 'greeting_item_done');
    await audit(tx, ctx, {
      action: 'tenant_greeting.item_done',
      entityType: 'tenant_greeting_plan',
      entityId: planId,
      propertyId: p.propertyId,
      before: item,
      after: u,
    });
  });
  return getPlan(ctx, planId);
}
