/**
 * Patrol reviews (T2): the manager reviews one day's patrol records — rounds, visits, findings — and signs
 * them off once; every Friday each inspector's weekly summary of repair findings (found, done, long open
 * with the fix-by date the manager sets, 《周报修项目统计分析表》); the findings sent to repair in a period
 * (巡检问题报修统计单). Print views and .xlsx for both forms.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, realDay, uuid } from '../fields.ts';
import { findingSummary } from './findings.ts';

export const patrolDailyRound = z.object({
  id: z.string(),
  planName: z.string(),
  area: z.string(),
  assigneeName: z.string().nullable(),
  state: z.string(),
  late: z.boolean(),
  windowStart: instant,
  windowEnd: instant,
  completedAt: nullableInstant,
  visits: z.number().int(),
  checkpoints: z.number().int(),
  findings: z.number().int(),
});
export const patrolDailyReview = z.object({
  propertyId: z.string(),
  day,
  rounds: z.array(patrolDailyRound),
  findings: z.array(findingSummary),
  signedOff: z
    .object({
      signedAt: instant,
      signedByName: z.string(),
      note: z.string().nullable(),
      rounds: z.number().int(),
      findings: z.number().int(),
    })
    .nullable(),
  policies: z.object({ signOff: z.boolean() }),
});
export type PatrolDailyReview = z.infer<typeof patrolDailyReview>;

export const patrolWeeklyItem = z.object({
  findingId: z.string(),
  title: z.string(),
  checkpointName: z.string(),
  foundAt: instant,
  caseNumber: z.string().nullable(),
  workOrderNumber: z.string().nullable(),
  daysOpen: z.number().int(),
  fixBy: day.nullable(),
});
export const patrolWeeklyInspector = z.object({
  inspectorId: z.string(),
  inspectorName: z.string(),
  found: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  longOpen: z.array(patrolWeeklyItem),
});
export const patrolWeeklySummary = z.object({
  propertyId: z.string(),
  /** the Friday the week ends on, and its first day (the Saturday before) */
  friday: day,
  from: day,
  longOpenDays: z.number().int(),
  inspectors: z.array(patrolWeeklyInspector),
  policies: z.object({ setFixBy: z.boolean() }),
});
export type PatrolWeeklySummary = z.infer<typeof patrolWeeklySummary>;

export const patrolRepairRow = z.object({
  findingId: z.string(),
  foundAt: instant,
  foundByName: z.string(),
  planName: z.string(),
  checkpointName: z.string(),
  title: z.string(),
  note: z.string().nullable(),
  urgent: z.boolean(),
  caseNumber: z.string().nullable(),
  workOrderNumber: z.string().nullable(),
  workOrderStatus: z.string().nullable(),
  sentAt: nullableInstant,
  verifiedAt: nullableInstant,
  state: z.string(),
});
export const patrolRepairStats = z.object({ propertyId: z.string(), from: day, to: day, rows: z.array(patrolRepairRow) });
export type PatrolRepairStats = z.infer<typeof patrolRepairStats>;

/* Requests. */
const dayField = realDay('不是有效日期 / not a real date');
export const patrolDailyQuery = z.object({ propertyId: uuid, day: dayField });
export const patrolDailySignBody = z.strictObject({ propertyId: uuid, day: dayField, note: optText(500) });
export const patrolWeeklyQuery = z.object({ propertyId: uuid, friday: dayField, format: z.enum(['json', 'xlsx']).default('json') });
export const patrolFixByBody = z.strictObject({ fixBy: dayField, note: optText(300) });
export const patrolRepairStatsQuery = z.object({
  propertyId: uuid,
  from: dayField,
  to: dayField,
  format: z.enum(['json', 'xlsx']).default('json'),
});

export const REVIEWS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  review_already_signed: { status: 409, zh: '当天的巡检记录已审阅签字', en: 'The day has been signed off already' },
  review_day_future: { status: 422, zh: '不能审阅未来的日期', en: 'A day in the future cannot be signed off' },
  review_not_friday: { status: 422, zh: '周报按周五统计，请选择周五', en: 'The weekly summary ends on a Friday' },
  review_period_invalid: { status: 422, zh: '统计期间无效（最长一年）', en: 'The period is invalid (one year at most)' },
  fix_by_not_long_open: {
    status: 422,
    zh: '只能为未完成的报修项目设定完成期限',
    en: 'A fix-by date is set only on an open repair finding',
  },
};
