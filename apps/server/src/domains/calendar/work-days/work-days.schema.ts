import { z } from 'zod';

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;
export const MAX_RANGE_DAYS = 400;

/** A real local date 'YYYY-MM-DD' (2026-02-30 is refused) within MIN_YEAR..MAX_YEAR. */
export const isoDate = z.string().superRefine((v, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ok =
    m !== null &&
    Number(m[1]) >= MIN_YEAR &&
    Number(m[1]) <= MAX_YEAR &&
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === v;
  if (!ok) ctx.addIssue({ code: z.ZodIssueCode.invalid_date });
});

export const year = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
export const durationUnit = z.enum(['minutes', 'hours', 'calendar_days', 'working_hours', 'working_days', 'end_of_working_day']);

export const daysQuery = z.object({ propertyId: z.string().uuid(), from: isoDate, to: isoDate });
export const summaryQuery = z.object({ propertyId: z.string().uuid(), year });
export const computeQuery = z.object({
  propertyId: z.string().uuid(),
  start: z.string().datetime({ offset: true }),
  value: z.coerce.number().finite().min(0),
  unit: durationUnit,
});

export type ComputeInput = z.infer<typeof computeQuery>;
