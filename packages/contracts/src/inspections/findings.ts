/**
 * Patrol findings (T2): a failed checklist result becomes a finding of its item's category. Cleaning,
 * greenery and pest findings go to the housekeeping supervisor, who has them fixed; the inspector
 * re-inspects until one passes (a failed re-inspection sends the finding back). Repair and safety findings
 * open one repair case (channel 'patrol') with a work order; the inspector verifies and signs the finished
 * repair. Other findings the inspector closes.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, page, pageQuery, uuid } from '../fields.ts';
import { fileRef, photoIds } from '../files/files.ts';

export const FINDING_CATEGORIES = ['cleaning', 'greenery', 'pest', 'repair', 'safety', 'other'] as const;
export type FindingCategoryCode = (typeof FINDING_CATEGORIES)[number];
export const FINDING_ROUTES = ['housekeeping', 'repair', 'inspector'] as const;
export type FindingRouteCode = (typeof FINDING_ROUTES)[number];
export const FINDING_STATES = ['open', 'fixed', 'in_repair', 'closed'] as const;
export type FindingStateCode = (typeof FINDING_STATES)[number];
export const FINDING_STEP_KINDS = ['fix', 'reinspect', 'repair', 'verify', 'close', 'fix_by'] as const;

export const findingStep = z.object({
  id: z.string(),
  kind: z.enum(FINDING_STEP_KINDS),
  outcome: z.enum(['pass', 'fail']).nullable(),
  note: z.string().nullable(),
  photos: z.array(fileRef),
  at: instant,
  byName: z.string(),
});
export type FindingStep = z.infer<typeof findingStep>;

export const findingSummary = z.object({
  id: z.string(),
  propertyId: z.string(),
  roundId: z.string(),
  planName: z.string(),
  dueDate: day,
  checkpointId: z.string(),
  checkpointName: z.string(),
  location: z.string().nullable(),
  title: z.string(),
  note: z.string().nullable(),
  category: z.enum(FINDING_CATEGORIES),
  route: z.enum(FINDING_ROUTES),
  state: z.enum(FINDING_STATES),
  urgent: z.boolean(),
  foundAt: instant,
  foundByName: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  workOrderId: z.string().nullable(),
  workOrderNumber: z.string().nullable(),
  workOrderStatus: z.string().nullable(),
  reinspections: z.number().int(),
  closedAt: nullableInstant,
  fixBy: day.nullable(),
  policies: z.object({
    fix: z.boolean(),
    reinspect: z.boolean(),
    repair: z.boolean(),
    verify: z.boolean(),
    close: z.boolean(),
  }),
});
export type FindingSummary = z.infer<typeof findingSummary>;
export const finding = findingSummary.extend({
  photos: z.array(fileRef),
  steps: z.array(findingStep),
  verifiedAt: nullableInstant,
  verifiedByName: z.string().nullable(),
  signature: fileRef.nullable(),
});
export type Finding = z.infer<typeof finding>;
export const findingPage = page(findingSummary);
export const findingList = z.object({ data: z.array(findingSummary) });

/* Requests. Bodies are strict. */
export const findingQuery = z.object({
  propertyId: uuid,
  state: z.enum([...FINDING_STATES, 'active']).optional(),
  route: z.enum(FINDING_ROUTES).optional(),
  category: z.enum(FINDING_CATEGORIES).optional(),
  roundId: uuid.optional(),
  from: day.optional(),
  to: day.optional(),
  ...pageQuery,
});
export type FindingQuery = z.infer<typeof findingQuery>;
/** Housekeeping's fix: what was done and a photo of the result. */
export const findingFixBody = z.strictObject({ note: optText(500), photoIds: photoIds.default([]) });
/** The inspector's re-inspection: pass or fail, with a note and photos (a failure sends the finding back). */
export const findingReinspectBody = z.strictObject({
  outcome: z.enum(['pass', 'fail']),
  note: optText(500),
  photoIds: photoIds.default([]),
});
/** Send a repair or safety finding to the service desk: one case and, for who may dispatch, a work order. */
export const findingRepairBody = z.strictObject({
  content: optText(2000),
  /** a safety finding marked urgent opens the emergency path */
  urgent: z.boolean().default(false),
});
/** The inspector verifies the finished repair and signs (drawn first through POST /signatures). */
export const findingVerifyBody = z.strictObject({ signatureId: uuid, note: optText(500) });
export const findingCloseBody = z.strictObject({ note: optText(500) });

export const FINDINGS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  finding_reinspection_required: {
    status: 422,
    zh: '巡检问题须复查合格后才能关闭',
    en: 'The finding closes only after a passing re-inspection',
  },
  finding_case_exists: { status: 409, zh: '该巡检问题已报修', en: 'The finding has a repair case already' },
  finding_not_repairable: { status: 422, zh: '该类巡检问题不报修', en: 'This finding does not go to repair' },
  finding_not_housekeeping: { status: 422, zh: '该巡检问题不由内务整改', en: 'This finding is not housekeeping’s to fix' },
  finding_state: { status: 409, zh: '巡检问题当前状态不能执行该操作', en: 'The finding is not in a state for this step' },
  finding_work_not_done: {
    status: 422,
    zh: '派工单尚未完工，不能验收',
    en: 'The work order is not completed yet',
  },
  finding_closed: { status: 409, zh: '巡检问题已关闭', en: 'The finding is closed already' },
};
