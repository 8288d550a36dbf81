/** Response schemas of task templates, a meeting's tasks and the department board (SPEC M4, M5). */
import { z } from 'zod';
import { instant, list, nullableInstant } from '../fields.ts';
import { DEPARTMENTS, NOTICE_STATUSES, TASK_STATUSES } from '../meetings.ts';

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
