/**
 * Inspection plans (T2): a plan per area with a schedule (RRULE: daily, weekly on chosen days, every half
 * month, monthly), a local time window, lead minutes, workdays only (work calendar with 调休), an assignee
 * or a role; ordered checkpoints, each with a QR token and a checklist. Kind 'walk' is the manager's weekly
 * building walk.
 */
import { z } from 'zod';
import { hhmm, optText, reqText, uuid } from '../fields.ts';

export const PLAN_KINDS = ['patrol', 'walk', 'spot_check'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const CHECK_ITEM_KINDS = ['pass_fail', 'number', 'text', 'photo'] as const;
export type CheckItemKindCode = (typeof CHECK_ITEM_KINDS)[number];
export const CHECK_CATEGORIES = ['cleaning', 'greenery', 'pest', 'repair', 'safety', 'other'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** The areas a plan usually covers (free text is allowed; these are the picker's suggestions). */
export const PLAN_AREAS = ['办公楼公共区域', '公寓公共区域', '大堂及电梯', '卫生间', '地下车库', '天台', '设备机房', '全楼'] as const;

/** The schedule presets the picker offers, as RRULEs. */
export const RRULE_PRESETS = {
  daily: 'FREQ=DAILY',
  weeklyFriday: 'FREQ=WEEKLY;BYDAY=FR',
  halfMonthly: 'FREQ=MONTHLY;BYMONTHDAY=1,16',
  monthly: 'FREQ=MONTHLY;BYMONTHDAY=1',
} as const;

export const PLANS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  plan_window_invalid: { status: 422, zh: '时间窗口结束须晚于开始', en: 'The window must end after it starts' },
  plan_rrule_invalid: { status: 422, zh: '巡检周期无效', en: 'The schedule is not valid' },
  plan_checkpoints_mismatch: { status: 422, zh: '排序须包含该计划的全部巡检点', en: 'The order must list every checkpoint of the plan' },
};

export const checkItemInput = z
  .object({
    id: uuid.optional(),
    label: reqText(120),
    kind: z.enum(CHECK_ITEM_KINDS),
    minValue: z.number().finite().nullable().optional(),
    maxValue: z.number().finite().nullable().optional(),
    unit: optText(20),
    photoRequired: z.boolean().default(false),
    category: z.enum(CHECK_CATEGORIES).default('other'),
  })
  .strict();
export type CheckItemInput = z.input<typeof checkItemInput>;

export const checkpointInput = z
  .object({
    name: reqText(80),
    location: optText(120),
    items: z.array(checkItemInput).min(1).max(30),
  })
  .strict();
export type CheckpointInput = z.input<typeof checkpointInput>;

export const planInput = z
  .object({
    propertyId: uuid,
    name: reqText(80),
    area: reqText(40),
    kind: z.enum(PLAN_KINDS).default('patrol'),
    rrule: reqText(200),
    windowStart: hhmm,
    windowEnd: hhmm,
    leadMinutes: z.number().int().min(0).max(10080).default(60),
    workdaysOnly: z.boolean().default(false),
    assigneeId: uuid.nullable().optional(),
    assigneeRole: z.string().max(40).nullable().optional(),
    notes: optText(500),
    checkpoints: z.array(checkpointInput).max(60).default([]),
  })
  .strict();
export type PlanInput = z.input<typeof planInput>;

export const planPatch = planInput
  .omit({ propertyId: true, checkpoints: true })
  .partial()
  .extend({ active: z.boolean().optional() })
  .strict();
export type PlanPatch = z.input<typeof planPatch>;

export const planQuery = z.object({ propertyId: uuid, active: z.enum(['true', 'false', 'all']).default('true') });
export const reorderInput = z.object({ checkpointIds: z.array(uuid).min(1).max(60) }).strict();

export const checkItem = z.object({
  id: z.string(),
  position: z.number().int(),
  label: z.string(),
  kind: z.enum(CHECK_ITEM_KINDS),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  unit: z.string().nullable(),
  photoRequired: z.boolean(),
  category: z.enum(CHECK_CATEGORIES),
});
export type CheckItem = z.infer<typeof checkItem>;

export const checkpoint = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  location: z.string().nullable(),
  qrToken: z.string(),
  items: z.array(checkItem),
});
export type Checkpoint = z.infer<typeof checkpoint>;

export const planSummary = z.object({
  id: z.string(),
  propertyId: z.string(),
  name: z.string(),
  area: z.string(),
  kind: z.enum(PLAN_KINDS),
  rrule: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  leadMinutes: z.number().int(),
  workdaysOnly: z.boolean(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  assigneeRole: z.string().nullable(),
  active: z.boolean(),
  notes: z.string().nullable(),
  checkpointCount: z.number().int(),
  itemCount: z.number().int(),
  policies: z.object({ manage: z.boolean() }),
});
export type PlanSummary = z.infer<typeof planSummary>;
export const plan = planSummary.extend({ checkpoints: z.array(checkpoint) });
export type Plan = z.infer<typeof plan>;
export const planList = z.object({ data: z.array(planSummary), policies: z.object({ manage: z.boolean() }) });

export const qrSheet = z.object({
  plan: planSummary,
  checkpoints: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      name: z.string(),
      location: z.string().nullable(),
      qrToken: z.string(),
      svg: z.string(),
    }),
  ),
});
export type QrSheet = z.infer<typeof qrSheet>;

/** Staff who may walk rounds (the plan form's inspector picker). */
export const inspectorList = z.object({ data: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) })) });
export type Inspector = z.infer<typeof inspectorList>['data'][number];
