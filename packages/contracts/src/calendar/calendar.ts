/** The work calendar (SPEC X1): days of a range, a year's summary, durations computed, admin overrides. */
import { z } from 'zod';
import { instant, list } from '../fields.ts';

export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'makeup_workday'] as const;
export const DAY_OVERRIDE_KINDS = ['holiday', 'workday'] as const;
export const DAY_SOURCES = ['builtin', 'override', 'default'] as const;

export const calendarDay = z.object({
  date: z.string(),
  working: z.boolean(),
  kind: z.enum(DAY_KINDS),
  name: z.string().nullable(),
  source: z.enum(DAY_SOURCES),
});
export type CalendarDay = z.infer<typeof calendarDay>;
export const calendarDayList = list(calendarDay);

export const calendarSummary = z.object({
  year: z.number(),
  builtin: z.boolean(),
  holidays: z.number(),
  makeupWorkdays: z.number(),
  workingDays: z.number(),
  overrides: z.number(),
  /** No built-in data and no admin holidays: the year's State Council schedule must be entered. */
  needsData: z.boolean(),
});
export type CalendarSummary = z.infer<typeof calendarSummary>;

export const calendarComputation = z.object({
  start: z.string(),
  result: z.string(),
  value: z.number(),
  unit: z.string(),
  timeZone: z.string(),
  workStart: z.string(),
  workEnd: z.string(),
  withinWorkingHours: z.boolean(),
  startDay: calendarDay,
  workingDay: calendarDay,
});
export type CalendarComputation = z.infer<typeof calendarComputation>;

export const calendarOverride = z.object({
  propertyId: z.string(),
  date: z.string(),
  kind: z.enum(DAY_OVERRIDE_KINDS),
  name: z.string().nullable(),
  createdAt: instant,
});
export type CalendarOverride = z.infer<typeof calendarOverride>;
export const calendarOverrideList = list(calendarOverride);

export const calendarImportResult = z.object({ created: z.number(), updated: z.number(), data: z.array(calendarOverride) });
export type CalendarImportResult = z.infer<typeof calendarImportResult>;
