/**
 * Meals (送客餐服务): the weekly menu agreed by the CS supervisor and published to tenants; orders for today until
 * the cut-off (later: 422 meal_order_closed, unless a supervisor accepts it late); the day's sheet phoned to the
 * caterer; the desk's quality check (pass, or redo which notifies); delivery (late after the deliver-by time);
 * the tenant signs the 送餐服务确定单 and the charge is posted once.
 */
import type { z } from 'zod';
import type { mealCheck, mealMenuCreate, mealOrderCreate, serviceSign } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { postCharge } from '../../billing/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { attachFiles } from '../../files/index.ts';
import { notify } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { deskOrManage, reader, refused, seeRecord } from '../laundry/access.ts';
import * as lrepo from '../laundry/laundry.repository.ts';
import { linesTotal } from '../laundry/laundry.rules.ts';
import * as repo from './meals.repository.ts';
import { presentMenu, presentOrder } from './meals.presenter.ts';
import { deliveredLate, isoWeekday, localDay, MEAL_STEPS, mealStepAllowed, orderOpen, weekStartOf } from './meals.rules.ts';

const tzOf = async (ctx: Ctx, pid: string) => (await loadWorkCalendar(ctx.db, pid)).timeZone;

export async function listMenus(ctx: Ctx, propertyId: string) {
  reader(ctx, propertyId);
  return { data: (await repo.menus(ctx.db, propertyId)).map(presentMenu) };
}

/** Publish a week's menu (agreed with the caterer on Friday): tenants are told. */
export async function publishMenu(ctx: Ctx, input: z.infer<typeof mealMenuCreate>) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'paidservices.manage');
  if (isoWeekday(input.weekStart) !== 1) throw refused(ctx, 'meal_menu_not_monday', 'weekStart');
  const supplier = (await lrepo.suppliers(ctx.db, input.propertyId, 'meals'))[0];
  if (!supplier) throw refused(ctx, 'meal_no_supplier');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const m = await repo.insertMenu(tx, {
      propertyId: input.propertyId,
      supplierId: supplier.id,
      weekStart: input.weekStart,
      dishes: input.dishes,
      publishedAt: now,
      createdByName: actor.displayName,
      createdAt: now,
    });
    if (!m) throw refused(ctx, 'meal_menu_exists', 'weekStart');
    await notify(tx, {
      propertyId: input.propertyId,
      roles: ['tenant'],
      kind: 'meals.menu_published',
      message: { key: 'meals.menu_published', params: { weekStart: input.weekStart, dishes: input.dishes.length } },
      link: '/portal/meals',
    });
    await audit(tx, ctx, { action: 'meal_menu.published', entityType: 'ps_meal_menu', entityId: m.id, propertyId: m.propertyId, after: m });
  });
  return presentMenu((await repo.menuOf(ctx.db, input.propertyId, input.weekStart))!);
}

/** The day's orders with the cut-off (a tenant sees theirs). */
export async function dayOrders(ctx: Ctx, q: { propertyId: string; day?: string }) {
  const { own } = reader(ctx, q.propertyId);
  const tz = await tzOf(ctx, q.propertyId);
  const set = await effectiveSettings(ctx.db, q.propertyId);
  const now = ctx.now();
  const day = q.day ?? localDay(now, tz);
  const sheet = await repo.daySheet(ctx.db, q.propertyId, day);
  const cutoff = set['paidServices.mealOrderCutoff'];
  return {
    day,
    cutoff,
    deliverBy: set['paidServices.mealDeliverBy'],
    open: orderOpen(day, now, tz, cutoff),
    phonedAt: sheet?.phonedAt.toISOString() ?? null,
    phonedByName: sheet?.phonedByName ?? null,
    data: (await repo.ordersOf(ctx.db, q.propertyId, day, own)).map(presentOrder),
  };
}

async function load(ctx: Ctx, id: string) {
  const o = await repo.findOrder(ctx.db, id);
  return { o: o!, ...seeRecord(ctx, o, 'meal order') };
}
export const getOrder = async (ctx: Ctx, id: string) => presentOrder((await load(ctx, id)).o);

/** Take an order for today (priced from this week's menu); after the cut-off only a supervisor accepts it, as late. */
export async function placeOrder(ctx: Ctx, input: z.infer<typeof mealOrderCreate>) {
  const { actor, own } = reader(ctx, input.propertyId);
  if (!own) deskOrManage(ctx, input.propertyId);
  const pid = input.propertyId;
  const tz = await tzOf(ctx, pid);
  const cutoff = (await effectiveSettings(ctx.db, pid))['paidServices.mealOrderCutoff'];
  const now = ctx.now();
  const day = localDay(now, tz);
  let late = false;
  if (!orderOpen(day, now, tz, cutoff)) {
    if (!input.acceptLate || !can(actor, pid, 'paidservices.manage'))
      throw refused(
        ctx,
        'meal_order_closed',
        undefined,
        say(
          ctx,
          `今日订餐已于 ${cutoff} 截止，如确需订餐请联系客务主管`,
          `Today's meal orders closed at ${cutoff}; ask the customer-service supervisor`,
        ),
      );
    late = true;
  }
  const orgId = own ?? input.organizationId;
  if (!orgId) throw errors.field('organizationId', say(ctx, '请选择单位', 'Choose the company'), 'required');
  const org = await lrepo.organizationIn(ctx.db, pid, orgId);
  if (!org) throw errors.field('organizationId', say(ctx, '单位不存在', 'Unknown company'), 'unknown_organization');
  let unitId = own ? (actor.unitId ?? null) : (input.unitId ?? null);
  if (unitId) {
    const u = await lrepo.unitIn(ctx.db, pid, unitId);
    if (!u || u.organizationId !== org.id)
      throw errors.field('unitId', say(ctx, '单元不属于该单位', 'The unit is not the company’s'), 'unknown_unit');
  } else unitId = (await lrepo.firstUnitOf(ctx.db, org.id))?.id ?? null;
  const menu = await repo.menuOf(ctx.db, pid, weekStartOf(day));
  const wd = isoWeekday(day);
  const lines = input.lines.map((l, i) => {
    const d = menu?.dishes.find((x) => x.dish === l.dish && x.day === wd);
    if (!d) throw refused(ctx, 'meal_dish_not_on_menu', `lines.${i}.dish`);
    return { dish: l.dish, count: l.count, priceFen: d.priceFen };
  });
  const id = await ctx.db.transaction(async (tx) => {
    const o = await repo.insertOrder(tx, {
      propertyId: pid,
      organizationId: org.id,
      unitId,
      supplierId: menu!.supplierId,
      orderDate: day,
      source: own ? 'portal' : 'desk',
      contactName: input.contactName,
      lines,
      totalFen: linesTotal(lines),
      late,
      lateAcceptedByName: late ? actor.displayName : null,
      createdBy: actor.id,
      createdByName: actor.displayName,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: late ? 'meal_order.accepted_late' : 'meal_order.placed',
      entityType: 'ps_meal_order',
      entityId: o.id,
      propertyId: pid,
      after: o,
    });
    return o.id;
  });
  return getOrder(ctx, id);
}

/** The desk marks the day's order sheet phoned to the caterer. */
export async function markPhoned(ctx: Ctx, q: { propertyId: string; day?: string }) {
  const actor = deskOrManage(ctx, q.propertyId);
  const day = q.day ?? localDay(ctx.now(), await tzOf(ctx, q.propertyId));
  await ctx.db.transaction(async (tx) => {
    const r = await repo.markPhoned(tx, { propertyId: q.propertyId, day, phonedAt: ctx.now(), phonedByName: actor.displayName });
    if (r)
      await audit(tx, ctx, {
        action: 'meal_sheet.phoned',
        entityType: 'property',
        entityId: q.propertyId,
        propertyId: q.propertyId,
        meta: { day },
      });
  });
  return dayOrders(ctx, { propertyId: q.propertyId, day });
}

async function staffStep(ctx: Ctx, id: string) {
  const { o, staff } = await load(ctx, id);
  if (!staff) throw errors.notFound('meal order');
  deskOrManage(ctx, o.propertyId);
  return o;
}

/** The quality and quantity check: pass, or redo (the caterer is phoned; the desk and supervisor are told). */
export async function check(ctx: Ctx, id: string, input: z.infer<typeof mealCheck>) {
  const o = await staffStep(ctx, id);
  if (!mealStepAllowed('check', o.state)) throw refused(ctx, 'meal_wrong_state');
  if (input.result === 'redo' && !input.note) throw errors.field('note', say(ctx, '请写明不合格之处', 'Say what is wrong'), 'required');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateOrder(tx, id, MEAL_STEPS.check, {
      state: input.result === 'pass' ? 'passed' : 'redo',
      checkNote: input.note ?? o.checkNote,
      redoCount: o.redoCount + (input.result === 'redo' ? 1 : 0),
      checkedAt: now,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'meal_wrong_state');
    if (input.result === 'redo')
      await notify(tx, {
        propertyId: o.propertyId,
        roles: ['front_desk', 'cs_supervisor'],
        kind: 'meals.redo',
        message: { key: 'meals.redo', params: { company: o.organizationName, unit: o.unitCode, note: input.note ?? null } },
        link: '/paid-services/meals',
      });
    await audit(tx, ctx, {
      action: `meal_order.${input.result}`,
      entityType: 'ps_meal_order',
      entityId: id,
      propertyId: o.propertyId,
      before: o,
      after: u,
    });
  });
  return getOrder(ctx, id);
}

/** Delivered to the unit: late when after the deliver-by time. */
export async function deliver(ctx: Ctx, id: string) {
  const o = await staffStep(ctx, id);
  if (!mealStepAllowed('deliver', o.state)) throw refused(ctx, 'meal_wrong_state');
  const now = ctx.now();
  const late = deliveredLate(
    now,
    o.orderDate,
    await tzOf(ctx, o.propertyId),
    (await effectiveSettings(ctx.db, o.propertyId))['paidServices.mealDeliverBy'],
  );
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateOrder(tx, id, MEAL_STEPS.deliver, {
      state: 'delivered',
      deliveredAt: now,
      deliveredLate: late,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'meal_wrong_state');
    await audit(tx, ctx, {
      action: 'meal_order.delivered',
      entityType: 'ps_meal_order',
      entityId: id,
      propertyId: o.propertyId,
      before: o,
      after: u,
    });
  });
  return getOrder(ctx, id);
}

/** The tenant signs the 送餐服务确定单: the charge is posted once. */
export async function sign(ctx: Ctx, id: string, input: z.infer<typeof serviceSign>) {
  const { o, actor, staff } = await load(ctx, id);
  if (staff) deskOrManage(ctx, o.propertyId);
  if (!mealStepAllowed('sign', o.state)) throw refused(ctx, 'meal_wrong_state');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await attachFiles(tx, ctx, {
      propertyId: o.propertyId,
      ids: [input.signatureId],
      entity: { type: 'ps_meal_order', id },
      kinds: ['signature'],
      field: 'signatureId',
    });
    const u = await repo.updateOrder(tx, id, MEAL_STEPS.sign, {
      state: 'signed',
      signerName: input.signerName,
      signatureFileId: input.signatureId,
      signedAt: now,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'meal_wrong_state');
    await postCharge(tx, ctx, {
      propertyId: o.propertyId,
      organizationId: o.organizationId,
      unitId: o.unitId,
      sheet: 'other_services',
      sourceKind: 'meal',
      sourceId: id,
      sourceLabel: say(ctx, '送餐服务', 'Meals'),
      description: o.lines.map((l) => `${l.dish}×${l.count}`).join('、'),
      amountFen: o.totalFen,
      occurredOn: o.orderDate,
      postedBy: actor.id,
    });
    await audit(tx, ctx, {
      action: 'meal_order.signed',
      entityType: 'ps_meal_order',
      entityId: id,
      propertyId: o.propertyId,
      before: o,
      after: u,
    });
  });
  return getOrder(ctx, id);
}
