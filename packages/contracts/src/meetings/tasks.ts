/** Response and request schemas of task templates, a meeting's tasks and the department board (SPEC M4, M5). */
import { z } from 'zod';
import { BOOKING_SERVICES } from '../bookings.ts';
import { hhmm, instant, list, nullableInstant, optText, reqText, uuid } from '../fields.ts';
import { DEPARTMENTS, NOTICE_STATUSES, TASK_STATUSES } from '../meetings.ts';
import { VENUE_CLASSES, VENUE_TYPES } from '../places.ts';
import { safeUrl } from '../urls.ts';
import { fileRef, photoIds } from '../files/files.ts';
import { department, itemCode, noticeRange, unit } from './request-fields.ts';

/** A task of a meeting, with what the actor may do with it. */
export const meetingTask = z.object({
  id: z.string(),
  noticeId: z.string(),
  department: z.enum(DEPARTMENTS),
  key: z.string(),
  title: z.string(),
  instructions: z.string().nullable(),
  dueAt: instant,
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  doneBy: z.string().nullable(),
  doneByName: z.string().nullable(),
  doneAt: nullableInstant,
  note: z.string().nullable(),
  photoUrl: z.string().nullable(),
  /** Photos taken on completion (served only to those who may read the task). */
  photos: z.array(fileRef),
  overdueAlertedAt: nullableInstant,
  overdue: z.boolean(),
  policies: z.object({ complete: z.boolean() }),
});
export type MeetingTask = z.infer<typeof meetingTask>;

/** A meeting on a department board: the few notice fields its cards show. */
export const boardMeeting = z.object({
  number: z.string(),
  status: z.enum(NOTICE_STATUSES),
  name: z.string(),
  confidentiality: z.string(),
  venue: z.string(),
  startAt: instant,
  endAt: instant,
  attendeeCount: z.number(),
});
export type BoardMeeting = z.infer<typeof boardMeeting>;

/** GET /tasks: the tasks in due order and each meeting once, by notice id. */
export const boardResponse = z.object({
  from: instant,
  to: instant,
  meetings: z.record(boardMeeting),
  data: z.array(meetingTask),
});
export type BoardResponse = z.infer<typeof boardResponse>;
/** A board task joined with its meeting (the web joins `data` with `meetings`). */
export type BoardTask = MeetingTask & { meeting: BoardMeeting };

const importanceFactors = z.object({ ordinary: z.number(), internal: z.number(), important: z.number() });
/** How a template's quantity is worked out (see QuantityRule). */
export const quantityRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('none') }),
  z.object({ rule: z.literal('per_attendee'), factor: z.number(), min: z.number().optional(), unit: z.string() }),
  z.object({ rule: z.literal('fixed'), qty: z.number(), unit: z.string() }),
  z.object({ rule: z.literal('by_importance'), factors: importanceFactors, unit: z.string() }),
  z.object({ rule: z.literal('service_qty'), service: z.string(), fallback: z.number(), unit: z.string() }),
]);

export const taskTemplate = z.object({
  id: z.string(),
  propertyId: z.string(),
  code: z.string(),
  department: z.enum(DEPARTMENTS),
  title: z.string(),
  instructions: z.string().nullable(),
  venueTypes: z.array(z.string()),
  venueClasses: z.array(z.string()),
  excludeVenueTypes: z.array(z.string()),
  services: z.array(z.string()),
  offsetMinutes: z.number().nullable(),
  dayBeforeAt: z.string().nullable(),
  quantity: quantityRule,
  repeatMinutes: z.number().nullable(),
  sort: z.number(),
  active: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  timing: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('day_before'), at: z.string() }),
    z.object({ kind: z.literal('offset'), minutes: z.number().nullable() }),
  ]),
});
export type TaskTemplate = z.infer<typeof taskTemplate>;
export const taskTemplateList = list(taskTemplate);
export type TaskTemplateList = z.infer<typeof taskTemplateList>;
/** POST /task-templates/load-defaults: how many default templates were added. */
export const taskTemplatesLoaded = z.object({ added: z.number() });
export type TaskTemplatesLoaded = z.infer<typeof taskTemplatesLoaded>;

/* Requests: task templates, the department board, completion and readiness. Bodies are strict. */

/** How a template's quantity is computed for a meeting. */
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
/** A template is due either minutes from the start or at a time of the working day before, never both. */
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
/** POST /task-templates */
export const taskTemplateCreateBody = z
  .object({ propertyId: uuid, code: itemCode, ...templateFields })
  .strict()
  .superRefine(timing);
export type TaskTemplateCreateBody = z.input<typeof taskTemplateCreateBody>;
/** PATCH /task-templates/{id}: the fields changed, or `active` alone. */
export const taskTemplatePatchBody = z
  .object({
    ...(Object.fromEntries(Object.entries(templateFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])) as {
      [K in keyof typeof templateFields]: z.ZodOptional<(typeof templateFields)[K]>;
    }),
    active: z.boolean().optional(),
  })
  .strict();
export type TaskTemplatePatchBody = z.input<typeof taskTemplatePatchBody>;
/** GET /task-templates */
export const taskTemplateListQuery = z.object({ propertyId: uuid, department: department.optional() });
export type TaskTemplateListQuery = z.input<typeof taskTemplateListQuery>;
/** POST /task-templates/load-defaults */
export const taskTemplateDefaultsBody = z.object({ propertyId: uuid }).strict();
export type TaskTemplateDefaultsBody = z.input<typeof taskTemplateDefaultsBody>;
/** GET /tasks: a department's tasks of a period. */
export const taskBoardListQuery = z.object({
  ...noticeRange,
  department: department.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});
export type TaskBoardListQuery = z.input<typeof taskBoardListQuery>;
/** POST /service-notices/{id}/readiness and /verify: the department reported ready or verified. */
export const departmentBody = z.object({ department }).strict();
export type DepartmentBody = z.input<typeof departmentBody>;
/** POST /tasks/{id}/complete: a note and photos uploaded first with POST /files (a photo link still accepted). */
export const taskCompleteBody = z
  .object({ note: optText(1000), photoIds: photoIds.optional(), photoUrl: safeUrl(1000).nullish() })
  .strict();
export type TaskCompleteBody = z.input<typeof taskCompleteBody>;
