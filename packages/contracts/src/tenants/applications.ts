/**
 * Tenant applications (T1): move-in, move-out and fit-out (二次装修) as one state machine — submitted →
 * approved / rejected → in_progress → awaiting_acceptance → accepted / failed — with violations,
 * postponements, the deposit (fen) and the premises hand-over (收楼) checklist of a move-in or move-out.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optPhone, optText, reqText, uuid, realDay, pageQuery, page } from '../fields.ts';

export const APPLICATION_KINDS = ['move_in', 'move_out', 'fit_out'] as const;
export type ApplicationKindCode = (typeof APPLICATION_KINDS)[number];
export const APPLICATION_STATES = [
  'submitted',
  'approved',
  'rejected',
  'in_progress',
  'awaiting_acceptance',
  'accepted',
  'failed',
] as const;
export type ApplicationStateCode = (typeof APPLICATION_STATES)[number];
/** The verbs that move an application: POST /tenant-applications/:id/{action}. */
export const APPLICATION_ACTIONS = ['approve', 'reject', 'start', 'finish', 'accept', 'fail'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** The premises hand-over (收楼) checklist's items, in order. */
export const HANDOVER_CHECK_ITEMS = [
  'keys',
  'meters',
  'doors_windows',
  'lights',
  'air_conditioning',
  'fire_equipment',
  'walls_floors',
  'plumbing',
] as const;
export type HandoverCheckItem = (typeof HANDOVER_CHECK_ITEMS)[number];

export const applicationCreate = z
  .object({
    propertyId: uuid,
    /** Staff name the company; a tenant's own company is taken from their account. */
    organizationId: uuid.optional(),
    kind: z.enum(APPLICATION_KINDS),
    unitId: uuid.nullish(),
    description: reqText(2000),
    contractorName: optText(100),
    contractorPhone: optPhone,
    plannedStart: realDay('date'),
    plannedEnd: realDay('date'),
    depositFen: z.number().int().min(0).max(100_000_000).default(0),
  })
  .strict();
export type ApplicationCreate = z.input<typeof applicationCreate>;

export const applicationDecision = z.object({ note: optText(1000) }).strict();
export const applicationViolation = z.object({ onDate: realDay('date'), text: reqText(1000), photoFileId: uuid.nullish() }).strict();
export const applicationPostponement = z.object({ newEndDate: realDay('date'), reason: reqText(1000) }).strict();
export const applicationChecklist = z
  .object({
    items: z
      .array(z.object({ item: z.enum(HANDOVER_CHECK_ITEMS), result: z.enum(['ok', 'defect']), note: optText(300) }).strict())
      .min(1)
      .max(HANDOVER_CHECK_ITEMS.length),
  })
  .strict();

export const applicationsQuery = z.object({
  propertyId: uuid,
  organizationId: uuid.optional(),
  kind: z.enum(APPLICATION_KINDS).optional(),
  state: z.enum(APPLICATION_STATES).optional(),
  ...pageQuery,
});
export type ApplicationsQuery = z.infer<typeof applicationsQuery>;

export const applicationNote = z.object({
  id: z.string(),
  kind: z.enum(['violation', 'postponement']),
  onDate: day,
  text: z.string(),
  newEndDate: day.nullable(),
  photoFileId: z.string().nullable(),
  byName: z.string(),
  at: instant,
});
export const checklistEntry = z.object({
  item: z.enum(HANDOVER_CHECK_ITEMS),
  result: z.enum(['ok', 'defect']).nullable(),
  note: z.string().nullable(),
});

export const tenantApplicationSummary = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  kind: z.enum(APPLICATION_KINDS),
  state: z.enum(APPLICATION_STATES),
  organizationId: z.string(),
  organizationName: z.string(),
  unitCode: z.string().nullable(),
  description: z.string(),
  plannedStart: day,
  plannedEnd: day,
  depositFen: z.number().int(),
  submittedByName: z.string(),
  submittedAt: instant,
  violations: z.number().int(),
  postponements: z.number().int(),
});
export type TenantApplicationSummary = z.infer<typeof tenantApplicationSummary>;

export const tenantApplication = tenantApplicationSummary.extend({
  unitId: z.string().nullable(),
  contractorName: z.string().nullable(),
  contractorPhone: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: nullableInstant,
  decisionNote: z.string().nullable(),
  startedAt: nullableInstant,
  finishedAt: nullableInstant,
  closedByName: z.string().nullable(),
  closedAt: nullableInstant,
  closeNote: z.string().nullable(),
  checklist: z.array(checklistEntry),
  notes: z.array(applicationNote),
  policies: z.object({
    approve: z.boolean(),
    reject: z.boolean(),
    start: z.boolean(),
    finish: z.boolean(),
    accept: z.boolean(),
    fail: z.boolean(),
    note: z.boolean(),
    checklist: z.boolean(),
  }),
});
export type TenantApplication = z.infer<typeof tenantApplication>;
export const tenantApplicationPage = page(tenantApplicationSummary);

export const APPLICATIONS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  application_state: { status: 409, zh: '申请当前状态不允许此操作', en: 'The application is not in a state that allows this' },
  application_dates: { status: 422, zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  application_unit: { status: 422, zh: '该单元不属于此用户', en: 'The unit does not belong to this tenant' },
  application_checklist: {
    status: 422,
    zh: '收楼检查仅用于入住和退租申请',
    en: 'The hand-over checklist is for move-in and move-out only',
  },
};
