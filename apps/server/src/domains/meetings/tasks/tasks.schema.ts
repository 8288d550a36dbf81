/** Zod request schemas of task templates, department boards, task completion and readiness (M4, M5). Bodies are strict. */
import { z } from 'zod';
import { BOOKING_SERVICES, VENUE_CLASSES, VENUE_TYPES, safeUrl } from '@hy/contracts';
import { hhmm, optText, reqText } from '../../../lib/http.ts';
import { department, range } from '../notices/notices.schema.ts';

const id = z.string().uuid();
const unit = z.string().trim().min(1).max(16);
const quantity = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('none') }).strict(),
  z
    .object({
      rule: z.literal('per_attendee'),
      factor: z.number().positive().max(100),
      min: z.number().int().min(0).max(100_000).optional(),
      unit,
    })
    .strict(),
  z.object({ rule: z.literal('fixed'), qty: z.number().int().min(1).max(100_000), unit }).strict(),
  z
    .object({
      rule: z.literal('by_importance'),
      factors: z
        .object({ ordinary: z.number().min(0).max(100), internal: z.number().min(0).max(100), important: z.number().min(0).max(100) })
        .strict(),
      unit,
    })
    .strict(),
  z
    .object({ rule: z.literal('service_qty'), service: z.enum(BOOKING_SERVICES), fallback: z.number().int().min(0).max(100_000), unit })
    .strict(),
]);
const templateFields = {
  department,
  title: reqText(100),
  instructions: optText(2000),
  venueTypes: z.array(z.enum(VENUE_TYPES)).max(20).default([]),
  venueClasses: z.array(z.enum(VENUE_CLASSES)).max(3).default([]),
  excludeVenueTypes: z.array(z.enum(VENUE_TYPES)).max(20).default([]),
  services: z.array(z.enum(BOOKING_SERVICES)).max(20).default([]),
  offsetMinutes: z
    .number()
    .int()
    .min(-14 * 1440)
    .max(1440)
    .nullable()
    .default(null),
  dayBeforeAt: hhmm.nullable().default(null),
  quantity: quantity.default({ rule: 'none' }),
  repeatMinutes: z.number().int().min(10).max(240).nullable().default(null),
  sort: z.number().int().min(0).max(100_000).default(0),
};
const timing = (v: { offsetMinutes?: number | null; dayBeforeAt?: string | null }, ctx: z.RefinementCtx) => {
  if ((v.offsetMinutes ?? null) === null && (v.dayBeforeAt ?? null) === null)
    ctx.addIssue({
      code: 'custom',
      path: ['offsetMinutes'],
      message: '请填写相对开始时间的分钟数或前一工作日时间 / offsetMinutes or dayBeforeAt',
    });
  if ((v.offsetMinutes ?? null) !== null && (v.dayBeforeAt ?? null) !== null)
    ctx.addIssue({ code: 'custom', path: ['dayBeforeAt'], message: '只能二选一 / not both' });
};
export const templateCreate = z
  .object({ propertyId: id, code: z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/), ...templateFields })
  .strict()
  .superRefine(timing);
export const templatePatch = z
  .object({
    ...(Object.fromEntries(Object.entries(templateFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])) as {
      [K in keyof typeof templateFields]: z.ZodOptional<(typeof templateFields)[K]>;
    }),
    active: z.boolean().optional(),
  })
  .strict();
export const templateQuery = z.object({ propertyId: id, department: department.optional() });
export const propertyBody = z.object({ propertyId: id }).strict();
export const boardQuery = z.object({
  ...range,
  department: department.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});
export const departmentBody = z.object({ department }).strict();
export const completeBody = z.object({ note: optText(1000), photoUrl: safeUrl(1000).nullish() }).strict();
