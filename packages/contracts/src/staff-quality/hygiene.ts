/**
 * Hygiene inspections (客服部卫生检验): three levels at their frequencies — the team (班组) every week, the area
 * (区域) every half month, the department (部门) every month — each a sheet of items per area scored out of 100
 * (each item has its points; the inspector deducts), with the inspector, the date, remarks and photos.
 */
import { z } from 'zod';
import { day, instant, list, optText, page, pageQuery, realDay, uuid } from '../fields.ts';

export const HYGIENE_LEVELS = ['team', 'area', 'department'] as const;
export type HygieneLevel = (typeof HYGIENE_LEVELS)[number];
export const HYGIENE_LEVEL_LABELS: Record<HygieneLevel, { zh: string; en: string; every: { zh: string; en: string } }> = {
  team: { zh: '班组检验', en: 'Team inspection', every: { zh: '每周一次', en: 'weekly' } },
  area: { zh: '区域检验', en: 'Area inspection', every: { zh: '每半月一次', en: 'every half month' } },
  department: { zh: '部门检验', en: 'Department inspection', every: { zh: '每月一次', en: 'monthly' } },
};

/** The items every sheet checks (their points add up to 100). */
export const HYGIENE_ITEMS = [
  { code: 'butts', points: 15, zh: '无烟头', en: 'No cigarette butts' },
  { code: 'paper', points: 15, zh: '无纸屑', en: 'No scraps of paper' },
  { code: 'peel', points: 10, zh: '无瓜果皮壳', en: 'No fruit peel or shells' },
  { code: 'spit', points: 10, zh: '无痰迹', en: 'No spit marks' },
  { code: 'clutter', points: 15, zh: '无杂物、废物堆放', en: 'No clutter or piled waste' },
  { code: 'surfaces', points: 15, zh: '地面、墙面、玻璃洁净', en: 'Floors, walls and glass clean' },
  { code: 'fixtures', points: 10, zh: '设施设备表面无积尘', en: 'Fixtures free of dust' },
  { code: 'odour', points: 10, zh: '空气清新无异味', en: 'Fresh air, no odour' },
] as const;
export type HygieneItemCode = (typeof HYGIENE_ITEMS)[number]['code'];
export const HYGIENE_ITEM_CODES = HYGIENE_ITEMS.map((i) => i.code) as [HygieneItemCode, ...HygieneItemCode[]];

/** The areas the cleaning contractor keeps (包干区域). */
export const HYGIENE_AREAS = [
  { code: 'lobby', zh: '大堂及电梯厅', en: 'Lobby and lift halls' },
  { code: 'office_floors', zh: '办公楼层公共区域', en: 'Office floors (public areas)' },
  { code: 'washrooms', zh: '卫生间', en: 'Washrooms' },
  { code: 'apartments', zh: '公寓公共区域', en: 'Apartments (public areas)' },
  { code: 'garage', zh: '地下车库', en: 'Garage' },
  { code: 'exterior', zh: '外围及广场', en: 'Exterior and forecourt' },
] as const;
export type HygieneArea = (typeof HYGIENE_AREAS)[number]['code'];
export const HYGIENE_AREA_CODES = HYGIENE_AREAS.map((a) => a.code) as [HygieneArea, ...HygieneArea[]];

export const hygieneItem = z.object({
  code: z.string(),
  points: z.number().int(),
  deduction: z.number().int(),
  note: z.string().nullable(),
});
export const hygieneInspection = z.object({
  id: z.string(),
  propertyId: z.string(),
  level: z.enum(HYGIENE_LEVELS),
  area: z.string(),
  periodStart: day,
  periodEnd: day,
  inspectedOn: day,
  inspectedAt: instant,
  inspectorName: z.string(),
  score: z.number().int(),
  remarks: z.string().nullable(),
  photoIds: z.array(z.string()),
  items: z.array(hygieneItem),
});
export type HygieneInspection = z.infer<typeof hygieneInspection>;
export const hygieneInspectionPage = page(hygieneInspection);

/** One line of the due view: a level and area, its current period, and whether its sheet is in. */
export const HYGIENE_DUE_STATES = ['done', 'due', 'overdue'] as const;
export type HygieneDueState = (typeof HYGIENE_DUE_STATES)[number];
export const hygieneDueRow = z.object({
  level: z.enum(HYGIENE_LEVELS),
  area: z.string(),
  periodStart: day,
  periodEnd: day,
  state: z.enum(HYGIENE_DUE_STATES),
  /** The last inspection of this level and area (any period). */
  lastOn: day.nullable(),
  lastScore: z.number().int().nullable(),
});
export type HygieneDueRow = z.infer<typeof hygieneDueRow>;
export const hygieneDue = z.object({ today: day, data: z.array(hygieneDueRow), canRecord: z.boolean() });

// ---------- requests ----------

export const hygieneCreate = z
  .object({
    propertyId: uuid,
    level: z.enum(HYGIENE_LEVELS),
    area: z.enum(HYGIENE_AREA_CODES),
    /** The day inspected (default today); not in the future. */
    inspectedOn: realDay('not a real day').optional(),
    items: z
      .array(z.object({ code: z.enum(HYGIENE_ITEM_CODES), deduction: z.number().int().min(0).max(100), note: optText(200) }).strict())
      .max(HYGIENE_ITEMS.length)
      .default([]),
    remarks: optText(1000),
    photoIds: z.array(uuid).max(6).default([]),
  })
  .strict();
export type HygieneCreate = z.input<typeof hygieneCreate>;
export const hygieneQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  level: z.enum(HYGIENE_LEVELS).optional(),
  area: z.enum(HYGIENE_AREA_CODES).optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional(),
});
export type HygieneQuery = z.infer<typeof hygieneQuery>;
export const hygieneExportQuery = hygieneQuery.omit({ limit: true, cursor: true });
export const hygieneList = list(hygieneInspection);

export const HYGIENE_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  hygiene_future_day: { status: 422, zh: '检验日期不能晚于今天', en: 'The inspection day cannot be in the future' },
  hygiene_deduction_over: { status: 422, zh: '扣分超过该项分值', en: 'A deduction exceeds the item’s points' },
  hygiene_item_twice: { status: 422, zh: '同一检验项目填写了两次', en: 'An item was given twice' },
};
export type HygieneDue = z.infer<typeof hygieneDue>;
