/**
 * Paid-services contract: meals (送客餐服务, T5). Every Friday the CS supervisor agrees next week's menu with the
 * caterer and publishes it; orders for the day are taken until paidServices.mealOrderCutoff (later ones are refused
 * with meal_order_closed unless a supervisor accepts them late); the day's order sheet is phoned to the caterer;
 * by paidServices.mealDeliverBy the desk checks quality and quantity (pass or redo), the meal goes to the unit and
 * the tenant signs the 送餐服务确定单, which posts the charge.
 */
import { z } from 'zod';
import { instant, nullableInstant, optText, positiveFen, realDay, reqText, uuid } from '../fields.ts';

export const MEALS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  meal_order_closed: {
    status: 422,
    zh: '今日订餐已于截止时间结束，如确需订餐请联系客务主管',
    en: "Today's meal orders are closed; ask the customer-service supervisor",
  },
  meal_wrong_state: { status: 409, zh: '订餐单当前状态不能进行此操作', en: 'The meal order is not in a state for this' },
  meal_no_supplier: { status: 422, zh: '尚未登记送餐单位', en: 'No catering supplier is registered' },
  meal_dish_not_on_menu: { status: 422, zh: '所选菜品不在本周菜谱中', en: 'The dish is not on this week’s menu' },
  meal_menu_exists: { status: 409, zh: '该周菜谱已发布', en: 'That week’s menu is published already' },
  meal_menu_not_monday: { status: 422, zh: '菜谱周应从星期一开始', en: 'A menu week starts on a Monday' },
};

export const MEAL_ORDER_STATES = ['ordered', 'passed', 'redo', 'delivered', 'signed'] as const;
export type MealOrderState = (typeof MEAL_ORDER_STATES)[number];

export const menuDish = z.object({ day: z.number().int().min(1).max(7), dish: reqText(40), priceFen: positiveFen });
export type MenuDish = z.infer<typeof menuDish>;
export const mealMenu = z.object({
  id: z.string(),
  weekStart: z.string(),
  supplierName: z.string(),
  dishes: z.array(menuDish),
  publishedAt: nullableInstant,
  createdByName: z.string(),
});
export type MealMenu = z.infer<typeof mealMenu>;
export const mealMenuList = z.object({ data: z.array(mealMenu) });
export const mealMenuCreate = z
  .object({ propertyId: uuid, weekStart: realDay('日期无效'), dishes: z.array(menuDish.strict()).min(1).max(100) })
  .strict();

export const mealLine = z.object({ dish: reqText(40), count: z.number().int().min(1).max(200), priceFen: positiveFen });
export type MealLine = z.infer<typeof mealLine>;
export const mealOrder = z.object({
  id: z.string(),
  propertyId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  unitId: z.string().nullable(),
  unitCode: z.string().nullable(),
  supplierName: z.string(),
  orderDate: z.string(),
  source: z.enum(['desk', 'portal']),
  state: z.enum(MEAL_ORDER_STATES),
  contactName: z.string(),
  lines: z.array(mealLine),
  totalFen: z.number().int(),
  late: z.boolean(),
  lateAcceptedByName: z.string().nullable(),
  checkNote: z.string().nullable(),
  redoCount: z.number().int(),
  checkedAt: nullableInstant,
  deliveredAt: nullableInstant,
  deliveredLate: z.boolean(),
  signerName: z.string().nullable(),
  signatureFileId: z.string().nullable(),
  signedAt: nullableInstant,
  createdByName: z.string(),
  createdAt: instant,
});
export type MealOrder = z.infer<typeof mealOrder>;
export const mealDay = z.object({
  day: z.string(),
  cutoff: z.string(),
  deliverBy: z.string(),
  open: z.boolean(),
  phonedAt: nullableInstant,
  phonedByName: z.string().nullable(),
  data: z.array(mealOrder),
});
export type MealDay = z.infer<typeof mealDay>;
export const mealOrderCreate = z
  .object({
    propertyId: uuid,
    organizationId: uuid.optional(),
    unitId: uuid.nullish(),
    contactName: reqText(50),
    lines: z
      .array(z.object({ dish: reqText(40), count: z.number().int().min(1).max(200) }).strict())
      .min(1)
      .max(30),
    /** A supervisor takes an order after the cut-off (recorded as late, with who accepted it). */
    acceptLate: z.boolean().optional(),
  })
  .strict();
export const mealCheck = z.object({ result: z.enum(['pass', 'redo']), note: optText(300) }).strict();
export const mealDayQuery = z.object({ propertyId: uuid, day: realDay('日期无效').optional() });
