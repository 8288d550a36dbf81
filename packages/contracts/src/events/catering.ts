/**
 * Large events (SPEC M13): catering — the meals of each day (tea breaks, breakfasts, lunches, dinners) with their
 * headcount live from the registrations (dietary counts included), menu options of which one is chosen, the count
 * sent to the caterer (frozen `events.cateringCountHours` before the meal) and the real count signed after it.
 */
import { z } from 'zod';
import { day, fen, hhmm, instant, nullableInstant, optPhone, optText, realDay, reqText, uuid } from '../fields.ts';

export const MEAL_KINDS = ['tea', 'breakfast', 'lunch', 'dinner'] as const;
export type MealKind = (typeof MEAL_KINDS)[number];
export const MEAL_STYLES = ['buffet', 'table', 'boxed', 'tea'] as const;
export type MealStyle = (typeof MEAL_STYLES)[number];
export const MEAL_STATES = ['planned', 'ordered', 'served'] as const;
export type MealState = (typeof MEAL_STATES)[number];

export const cateringMenu = z.object({
  id: z.string(),
  name: z.string(),
  dishes: z.array(z.string()),
  priceFen: z.number().int(),
  chosen: z.boolean(),
});
export type CateringMenu = z.infer<typeof cateringMenu>;

export const eventMeal = z.object({
  id: z.string(),
  eventId: z.string(),
  day,
  kind: z.enum(MEAL_KINDS),
  startsAt: instant,
  /** HH:mm in the property's zone */
  time: z.string(),
  place: z.string().nullable(),
  style: z.enum(MEAL_STYLES),
  catererName: z.string().nullable(),
  catererContact: z.string().nullable(),
  catererPhone: z.string().nullable(),
  priceFen: z.number().int(),
  notes: z.string().nullable(),
  /** live: registered people for the meal (tea: the day's attendance) */
  registered: z.number().int(),
  staffCount: z.number().int(),
  /** registered + staff */
  planned: z.number().int(),
  /** live dietary counts of the registered: vegetarian, halal, other */
  dietary: z.record(z.string(), z.number().int()),
  menus: z.array(cateringMenu),
  chosenMenuId: z.string().nullable(),
  orderedCount: z.number().int().nullable(),
  orderedDietary: z.record(z.string(), z.number().int()).nullable(),
  orderedAt: nullableInstant,
  actualCount: z.number().int().nullable(),
  signerName: z.string().nullable(),
  signatureFileId: z.string().nullable(),
  signedAt: nullableInstant,
  state: z.enum(MEAL_STATES),
  /** price × (actual, else ordered, else planned) */
  totalFen: z.number().int(),
});
export type EventMeal = z.infer<typeof eventMeal>;

export const cateringView = z.object({
  meals: z.array(eventMeal),
  /** hours before a meal its count is sent to the caterer */
  countHours: z.number(),
  totals: z.object({ covers: z.number().int(), totalFen: z.number().int(), served: z.number().int() }),
  /** may choose menus and sign (后勤保障组 or a manager) */
  mayChoose: z.boolean(),
});
export type CateringView = z.infer<typeof cateringView>;

const mealFields = {
  place: optText(120),
  venueId: uuid.nullish(),
  style: z.enum(MEAL_STYLES).optional(),
  catererName: optText(80),
  catererContact: optText(40),
  catererPhone: optPhone,
  priceFen: fen.optional(),
  staffCount: z.number().int().min(0).max(5000).optional(),
  notes: optText(500),
};
export const mealCreate = z.object({ day: realDay('不存在的日期'), kind: z.enum(MEAL_KINDS), time: hhmm, ...mealFields }).strict();
export type MealCreate = z.input<typeof mealCreate>;
export const mealPatch = z.object({ time: hhmm.optional(), ...mealFields }).strict();
export type MealPatch = z.input<typeof mealPatch>;
export const mealDefaults = z
  .object({
    place: optText(120),
    catererName: optText(80),
    catererContact: optText(40),
    catererPhone: optPhone,
  })
  .strict();
export type MealDefaults = z.input<typeof mealDefaults>;
export const menuCreate = z.object({ name: reqText(80), dishes: z.array(reqText(80)).max(60).default([]), priceFen: fen }).strict();
export type MenuCreate = z.input<typeof menuCreate>;
export const mealSign = z
  .object({ actualCount: z.number().int().min(0).max(10000), signerName: reqText(40), signatureFileId: uuid })
  .strict();
export type MealSign = z.input<typeof mealSign>;
export const mealParams = z.object({ id: uuid, mealId: uuid });
export const menuParams = z.object({ id: uuid, mealId: uuid, menuId: uuid });

export const CATERING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  meal_already_signed: { status: 409, zh: '该餐次的实际用餐人数已签字确认', en: 'The real count of this meal is signed already' },
  meal_count_before_meal: { status: 422, zh: '用餐开始前不能登记实际用餐人数', en: 'The real count is recorded after the meal starts' },
  meal_day_outside: { status: 422, zh: '用餐日期不在会务日期内', en: 'The meal day is outside the event’s days' },
  meal_exists: { status: 409, zh: '该时间已有同类餐次', en: 'There is such a meal at that time already' },
  meal_ordered: {
    status: 409,
    zh: '已向餐饮单位报送人数的餐次不能删除',
    en: 'A meal whose count was sent to the caterer cannot be deleted',
  },
  meal_not_chooser: {
    status: 403,
    zh: '只有后勤保障组或会务负责人可以选定菜单和签收',
    en: 'Only the logistics group or the event’s managers choose menus and sign',
  },
};
