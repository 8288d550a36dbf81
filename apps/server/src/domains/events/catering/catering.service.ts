/**
 * An event's catering (M13): meals per day (the defaults of every day at once), the headcount live from the
 * registrations, menu options of which the 后勤保障组 or a manager chooses one (its price becomes the meal's), the
 * count sent to the caterer (frozen by the job or by hand) and the real count signed after the meal.
 */
import type { MealCreate, MealDefaults, MealPatch, MealSign, MenuCreate } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { publish } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { guestFigures } from '../guests/guests.figures.ts';
import { openEvent, openForChange, type OpenEvent } from '../event/event.access.ts';
import { daysOf, refused, timeZoneOf } from '../events.shared.ts';
import * as repo from './catering.repository.ts';
import { presentMeal } from './catering.presenter.ts';
import { coversOf, DEFAULT_MEALS, dayWithin, headcount, signProblem } from './catering.rules.ts';

const entity = (id: string) => ({ type: 'event' as const, id });
const live = (tx: DbOrTx, propertyId: string, eventId: string) =>
  publish(tx, { type: 'event', topic: 'event.catering', propertyId, entity: entity(eventId) });

export const countHoursOf = async (db: DbOrTx, propertyId: string) =>
  (await effectiveSettings(db, propertyId))['events.cateringCountHours'] as number;

/** Whether the actor chooses menus and signs: a manager of the event or one of its 后勤保障组. */
async function mayChoose(db: DbOrTx, o: OpenEvent) {
  return o.access.manage || (await repo.logisticsUserIds(db, o.event.id)).includes(o.actor.id);
}

export async function cateringView(ctx: Ctx, eventId: string) {
  const o = await openEvent(ctx, eventId);
  const [meals, menus, f, tz, hours, choose] = await Promise.all([
    repo.mealsOf(ctx.db, eventId),
    repo.menusOf(ctx.db, eventId),
    guestFigures(ctx.db, eventId),
    timeZoneOf(ctx.db, o.event.propertyId),
    countHoursOf(ctx.db, o.event.propertyId),
    mayChoose(ctx.db, o),
  ]);
  const out = meals.map((m) => presentMeal(m, menus, f, tz));
  return {
    meals: out,
    countHours: hours,
    totals: {
      covers: out.reduce((s, m) => s + coversOf(m, m.planned), 0),
      totalFen: out.reduce((s, m) => s + m.totalFen, 0),
      served: out.filter((m) => m.state === 'served').length,
    },
    mayChoose: choose && o.access.work,
  };
}

type Rec = Record<string, unknown> | null;
const at = (day: string, time: string, tz: string) => dayjs.tz(`${day} ${time}`, tz).toDate();

async function write<T>(ctx: Ctx, o: OpenEvent, action: string, fn: (tx: DbOrTx) => Promise<{ id: string; before: Rec; after: Rec } & T>) {
  await ctx.db.transaction(async (tx) => {
    const r = await fn(tx);
    await audit(tx, ctx, {
      action,
      entityType: 'event_meal',
      entityId: r.id,
      propertyId: o.event.propertyId,
      before: r.before,
      after: r.after,
    });
    await live(tx, o.event.propertyId, o.event.id);
  });
  return cateringView(ctx, o.event.id);
}

export async function createMeal(ctx: Ctx, eventId: string, input: MealCreate) {
  const o = await openForChange(ctx, eventId, 'work');
  if (!dayWithin(input.day, o.event.startsOn, o.event.endsOn)) throw refused(ctx, 'meal_day_outside', 'day');
  const tz = await timeZoneOf(ctx.db, o.event.propertyId);
  const now = ctx.now();
  return write(ctx, o, 'event_meal.created', async (tx) => {
    const { time, ...rest } = input;
    const [row] = await repo.insertMeals(tx, [
      {
        ...rest,
        style: input.style ?? (input.kind === 'tea' ? 'tea' : 'table'),
        eventId,
        propertyId: o.event.propertyId,
        startsAt: at(input.day, time, tz),
        createdAt: now,
        updatedAt: now,
      },
    ]);
    if (!row) throw refused(ctx, 'meal_exists', 'time');
    return { id: row.id, before: null, after: row };
  });
}

/** The default meals (morning tea, lunch, afternoon tea, dinner) of every event day at once; those there stay. */
export async function generateDefaults(ctx: Ctx, eventId: string, input: MealDefaults) {
  const o = await openForChange(ctx, eventId, 'work');
  const tz = await timeZoneOf(ctx.db, o.event.propertyId);
  const now = ctx.now();
  const rows = daysOf(o.event.startsOn, o.event.endsOn).flatMap((day) =>
    DEFAULT_MEALS.map((d) => ({
      eventId,
      propertyId: o.event.propertyId,
      day,
      kind: d.kind,
      style: d.style,
      startsAt: at(day, d.time, tz),
      place: input.place ?? null,
      catererName: input.catererName ?? null,
      catererContact: input.catererContact ?? null,
      catererPhone: input.catererPhone || null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  return write(ctx, o, 'event_meal.defaults', async (tx) => {
    const made = await repo.insertMeals(tx, rows);
    return { id: eventId, before: null, after: { meals: made.length } };
  });
}

export async function patchMeal(ctx: Ctx, eventId: string, mealId: string, input: MealPatch) {
  const o = await openForChange(ctx, eventId, 'work');
  const tz = await timeZoneOf(ctx.db, o.event.propertyId);
  return write(ctx, o, 'event_meal.updated', async (tx) => {
    const m = await repo.findMeal(tx, eventId, mealId, true);
    if (!m) throw errors.notFound('meal');
    if (m.signedAt) throw refused(ctx, 'meal_already_signed');
    const { time, ...rest } = input;
    // Only the fields sent (the schema reads an absent text as null): a PATCH of the staff count keeps the place.
    const sent = Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== undefined && x !== null && x !== ''));
    const patch = { ...sent, updatedAt: ctx.now() };
    const row = await repo.updateMeal(tx, mealId, time ? { ...patch, startsAt: at(m.day, time, tz) } : patch);
    return { id: mealId, before: m, after: row };
  });
}

export async function deleteMeal(ctx: Ctx, eventId: string, mealId: string) {
  const o = await openForChange(ctx, eventId, 'work');
  return write(ctx, o, 'event_meal.deleted', async (tx) => {
    const m = await repo.findMeal(tx, eventId, mealId, true);
    if (!m) throw errors.notFound('meal');
    if (m.orderedAt || m.signedAt) throw refused(ctx, 'meal_ordered');
    await repo.deleteMeal(tx, mealId);
    return { id: mealId, before: m, after: null };
  });
}

export async function addMenu(ctx: Ctx, eventId: string, mealId: string, input: MenuCreate) {
  const o = await openForChange(ctx, eventId, 'work');
  return write(ctx, o, 'event_meal.menu_added', async (tx) => {
    const m = await repo.findMeal(tx, eventId, mealId, true);
    if (!m) throw errors.notFound('meal');
    const menu = await repo.insertMenu(tx, { mealId, eventId, name: input.name, dishes: input.dishes ?? [], priceFen: input.priceFen });
    return { id: mealId, before: null, after: menu };
  });
}

/** Chooses one of the meal's menus: its price becomes the meal's price per head. */
export async function chooseMenu(ctx: Ctx, eventId: string, mealId: string, menuId: string) {
  const o = await openForChange(ctx, eventId, 'work');
  if (!(await mayChoose(ctx.db, o))) throw refused(ctx, 'meal_not_chooser');
  return write(ctx, o, 'event_meal.menu_chosen', async (tx) => {
    const m = await repo.findMeal(tx, eventId, mealId, true);
    if (!m) throw errors.notFound('meal');
    const menu = await repo.findMenu(tx, mealId, menuId);
    if (!menu) throw errors.notFound('menu');
    if (m.signedAt) throw refused(ctx, 'meal_already_signed');
    const row = await repo.updateMeal(tx, mealId, { chosenMenuId: menuId, priceFen: menu.priceFen, updatedAt: ctx.now() });
    return {
      id: mealId,
      before: { chosenMenuId: m.chosenMenuId, priceFen: m.priceFen },
      after: { chosenMenuId: menuId, priceFen: row.priceFen, menu: menu.name },
    };
  });
}

/** Sends the count now (by hand): the live headcount is frozen as the ordered count (again, until the meal is signed). */
export async function confirmCount(ctx: Ctx, eventId: string, mealId: string) {
  const o = await openForChange(ctx, eventId, 'work');
  const f = await guestFigures(ctx.db, eventId);
  return write(ctx, o, 'event_meal.count_sent', async (tx) => {
    const m = await repo.findMeal(tx, eventId, mealId, true);
    if (!m) throw errors.notFound('meal');
    if (m.signedAt) throw refused(ctx, 'meal_already_signed');
    const h = headcount(f, m.day, m.kind);
    const row = await repo.freezeCount(tx, mealId, { count: h.registered + m.staffCount, dietary: h.dietary, at: ctx.now() }, false);
    return { id: mealId, before: { orderedCount: m.orderedCount }, after: { orderedCount: row!.orderedCount, dietary: h.dietary } };
  });
}

/** The real count after the meal, with the caterer's drawn signature: the meal is served (once; not before it starts). */
export async function signMeal(ctx: Ctx, eventId: string, mealId: string, input: MealSign) {
  const o = await openForChange(ctx, eventId, 'work');
  if (!(await mayChoose(ctx.db, o))) throw refused(ctx, 'meal_not_chooser');
  return write(ctx, o, 'event_meal.signed', async (tx) => {
    const m = await repo.findMeal(tx, eventId, mealId, true);
    if (!m) throw errors.notFound('meal');
    const problem = signProblem(m, ctx.now());
    if (problem) throw refused(ctx, problem, problem === 'meal_count_before_meal' ? 'actualCount' : undefined);
    await attachFiles(tx, ctx, {
      propertyId: o.event.propertyId,
      ids: [input.signatureFileId],
      entity: entity(eventId),
      kinds: ['signature'],
      field: 'mealSignature',
    });
    const row = await repo.signMeal(tx, mealId, {
      actualCount: input.actualCount,
      signerName: input.signerName,
      signatureFileId: input.signatureFileId,
      signedBy: o.actor.id,
      at: ctx.now(),
    });
    if (!row) throw refused(ctx, 'meal_already_signed');
    return {
      id: mealId,
      before: null,
      after: { actualCount: row.actualCount, signerName: row.signerName, orderedCount: row.orderedCount },
    };
  });
}
