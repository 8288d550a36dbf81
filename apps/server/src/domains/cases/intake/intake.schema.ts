/** Request schemas of the service desk (zod, also the OpenAPI description). */
import { z } from 'zod';
import {
  CASE_KINDS, CASE_CHANNELS, COMPLAINT_NATURES, COMMUNICATIVE_TYPES, CASE_CATEGORIES, CASE_SUBCATEGORIES, SEVERITIES, URGENCIES,
  CASE_STATUSES, CLOSE_RESULTS, WORK_ORDER_STATUSES, SIGNATURE_METHODS, FOLLOW_UP_KINDS, safeUrl,
} from '@hy/contracts';
import { optText, reqText, phone, pageQuery } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true }).transform((v) => new Date(v));
const boolQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const classification = {
  nature: z.enum(COMPLAINT_NATURES).nullish(),
  natureType: z.enum(COMMUNICATIVE_TYPES).nullish(),
  category: z.enum(CASE_CATEGORIES).nullish(),
  subcategory: z.enum(CASE_SUBCATEGORIES).nullish(),
};
const natureRule = (v: { nature?: string | null; natureType?: string | null }, ctx: z.RefinementCtx) => {
  if (v.natureType && v.nature !== 'communicative') ctx.addIssue({ code: 'custom', path: ['natureType'], message: 'natureType needs nature = communicative / 仅沟通性投诉可选类型' });
};

export const createCaseBody = z.object({
  propertyId: id,
  kind: z.enum(CASE_KINDS),
  channel: z.enum(CASE_CHANNELS).default('phone'),
  contactName: optText(64),
  contactPhone: phone.nullish(),
  unitId: id.nullish(),
  organizationId: id.nullish(),
  location: optText(200),
  content: reqText(2000),
  photos: z.array(safeUrl(500)).max(10).default([]),
  ...classification,
  severity: z.enum(SEVERITIES).default('general'),
  emergency: z.boolean().default(false),
  urgency: z.enum(URGENCIES).default('normal'),
  /** 代表被投诉部门致歉 recorded at intake */
  apologized: z.boolean().default(false),
  /** a linked problem found while handling another case */
  parentCaseId: id.nullish(),
}).strict().superRefine(natureRule);
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const classifyBody = z.object({
  kind: z.enum(CASE_KINDS).optional(),
  ...classification,
  severity: z.enum(SEVERITIES).optional(),
  emergency: z.boolean().optional(),
  urgency: z.enum(URGENCIES).optional(),
  note: optText(500),
  version: z.number().int().positive().optional(),
}).strict().superRefine(natureRule);
export type ClassifyInput = z.infer<typeof classifyBody>;

export const followUpBody = z.object({ kind: z.enum(FOLLOW_UP_KINDS).default('follow_up'), note: reqText(2000) }).strict();
export const dispatchBody = z.object({ assigneeId: id.nullish(), note: optText(500) }).strict();
export const reasonBody = z.object({ reason: reqText(500) }).strict();
export const noteBody = z.object({ note: optText(2000) }).strict();
export const resolveBody = z.object({ note: reqText(2000) }).strict();
/** 紧急事件签认: the manager's note is required. */
export const emergencySignOffBody = z.object({ note: reqText(1000) }).strict();
export const pinnedQuery = z.object({ propertyId: id });
export const extendBody = z.object({ resolveDueAt: instant, reason: reqText(500) }).strict();
export const closeBody = z.object({
  result: z.enum(CLOSE_RESULTS).default('resolved'),
  note: optText(2000),
  /** non-repair cases: proof (documents, a manager's word) was checked */
  proofChecked: z.boolean().optional(),
  proofNote: optText(500),
  /** the supervisor / project manager who approved (major cases, unresolvable cases) */
  approverId: id.nullish(),
  version: z.number().int().positive().optional(),
}).strict();
export type CloseInput = z.infer<typeof closeBody>;

export const listCasesQuery = z.object({
  ...pageQuery,
  propertyId: id.optional(),
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  q: z.string().trim().max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
  overdue: boolQuery.optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const contactLookupQuery = z.object({ propertyId: id, phone: z.string().trim().min(3).max(30) });

export const issueWorkOrderBody = z.object({
  paid: z.boolean().default(false),
  content: reqText(2000),
  urgency: z.enum(URGENCIES).optional(),
  assigneeId: id.nullish(),
  customerName: optText(100),
  reportingDepartment: optText(100),
  reporterName: optText(64),
}).strict();
export type IssueWorkOrderInput = z.infer<typeof issueWorkOrderBody>;

export const completeBody = z.object({
  workDone: reqText(2000),
  materials: z.array(z.object({ name: reqText(100), qty: z.number().positive().max(1_000_000), unit: optText(20) }).strict()).max(50).default([]),
}).strict();
export const signBody = z.object({ name: reqText(64), method: z.enum(SIGNATURE_METHODS) }).strict();
/** The reason is checked by the service (422 void_reason_required), so the rule has its own code. */
export const voidBody = z.object({ reason: z.string().trim().max(500).nullish() }).strict();

export const listWorkOrdersQuery = z.object({
  ...pageQuery,
  propertyId: id.optional(),
  assignee: z.union([z.literal('me'), id]).optional(),
  status: z.enum(WORK_ORDER_STATUSES).optional(),
  caseId: id.optional(),
});
export const gapReportQuery = z.object({ propertyId: id, year: z.coerce.number().int().min(2000).max(2100) });

const rating = z.number().int().min(1).max(5);
export const callbackBody = z.object({ satisfied: z.boolean(), courtesyRating: rating, attitudeRating: rating, comment: optText(1000) }).strict();

export const consultationBody = z.object({
  propertyId: id,
  channel: z.enum(CASE_CHANNELS).default('phone'),
  contactName: optText(64),
  contactPhone: phone.nullish(),
  unitId: id.nullish(),
  organizationId: id.nullish(),
  question: reqText(2000),
  answer: reqText(2000),
  topic: optText(100),
}).strict();
export const listConsultationsQuery = z.object({ ...pageQuery, propertyId: id.optional(), q: z.string().trim().max(100).optional() });
