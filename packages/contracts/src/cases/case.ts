/** The case record (S1–S8): the row every list answers, the detail with its timeline, and the actor's policies. */
import { z } from 'zod';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_STATUSES,
  CLOSE_RESULTS,
  COMMUNICATIVE_TYPES,
  FOLLOW_UP_KINDS,
  COMPLAINT_NATURES,
  SEVERITIES,
  SLA_STATES,
  URGENCIES,
} from '../cases.ts';
import { flagQuery, instant, nullableInstant, page, pageQuery, list, reqText, requestDate, uuid } from '../fields.ts';
import { fileRef } from '../files/files.ts';
import { workOrderRow } from './work-orders.ts';
import { callbackRow } from './callbacks.ts';

/** Per-record policies sent with a case so the UI shows only what the user may do. */
export const casePolicyFlags = z.object({
  update: z.boolean(),
  classify: z.boolean(),
  followUp: z.boolean(),
  dispatch: z.boolean(),
  pause: z.boolean(),
  resume: z.boolean(),
  resolve: z.boolean(),
  extend: z.boolean(),
  close: z.boolean(),
  issueWorkOrder: z.boolean(),
  callback: z.boolean(),
  signOffEmergency: z.boolean(),
});

/** The case's own fields (no policies): search results and the lists build on it. */
export const caseFields = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  kind: z.enum(CASE_KINDS),
  channel: z.enum(CASE_CHANNELS),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  unitId: z.string().nullable(),
  organizationId: z.string().nullable(),
  location: z.string().nullable(),
  /** F6: do the repair while the occupant is out, within this window (null: any time) */
  occupantOut: z.object({ from: instant, to: instant }).nullable(),
  content: z.string(),
  /** photo links pasted before uploads existed (read-only; new photos are files) */
  photoLinks: z.array(z.string()),
  nature: z.enum(COMPLAINT_NATURES).nullable(),
  natureType: z.enum(COMMUNICATIVE_TYPES).nullable(),
  category: z.enum(CASE_CATEGORIES).nullable(),
  subcategory: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  emergency: z.boolean(),
  urgency: z.enum(URGENCIES),
  status: z.enum(CASE_STATUSES),
  resumeStatus: z.enum(CASE_STATUSES).nullable(),
  assigneeId: z.string().nullable(),
  parentCaseId: z.string().nullable(),
  reporterId: z.string().nullable(),
  createdBy: z.string().nullable(),
  respondDueAt: instant,
  resolveDueAt: instant,
  extendedTo: nullableInstant,
  extendedPausedMinutes: z.number().nullable(),
  respondedAt: nullableInstant,
  dispatchedAt: nullableInstant,
  resolvedAt: nullableInstant,
  escalationLevel: z.number(),
  pausedAt: nullableInstant,
  pausedTotalMinutes: z.number(),
  apologyRecordedAt: nullableInstant,
  proofChecked: z.boolean(),
  proofNote: z.string().nullable(),
  reopenedCount: z.number(),
  closedAt: nullableInstant,
  closedBy: z.string().nullable(),
  closeResult: z.enum(CLOSE_RESULTS).nullable(),
  closeNote: z.string().nullable(),
  closeApproverId: z.string().nullable(),
  version: z.number(),
  /** when the case was received (S1); its SLA is timed from it */
  receivedAt: instant,
  createdAt: instant,
  updatedAt: instant,
  archivedAt: nullableInstant,
  /** S2/S4: a manager's sign-off of an emergency; pinned on the case list until then */
  emergencySignedOffAt: nullableInstant,
  emergencySignedOffBy: z.string().nullable(),
  emergencySignOffNote: z.string().nullable(),
});

/** A case in a list: its fields, who signed off the emergency, the actor's policies. */
export const caseRow = caseFields.extend({
  /** S4: where the case stands against its deadlines now (null once resolved), as the list's SLA filter counts it */
  slaState: z.enum(SLA_STATES).nullable(),
  /** S4: when the deadline turns into a warning (the property's share of the window used) */
  slaWarnAt: instant,
  emergencySignedOffByName: z.string().nullable(),
  policies: casePolicyFlags,
});

/** One line of the case's timeline. */
export const caseEvent = z.object({
  id: z.number(),
  propertyId: z.string(),
  caseId: z.string(),
  kind: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  data: z.record(z.unknown()).nullable(),
  at: instant,
});

/** A case with its photos, timeline, work orders, callbacks and the actor's policies. */
export const caseDetail = caseRow.extend({
  /** photos uploaded with the report (served to those who may read the case) */
  photos: z.array(fileRef),
  timeline: z.array(caseEvent),
  workOrders: z.array(workOrderRow),
  callbacks: z.array(callbackRow),
});

export const casePage = page(caseRow);
/** The pinned emergencies (S2/S4). */
export const pinnedCaseList = list(caseRow);

export type CasePolicyFlags = z.infer<typeof casePolicyFlags>;
export type CaseFields = z.infer<typeof caseFields>;
export type CaseRow = z.infer<typeof caseRow>;
export type CaseEvent = z.infer<typeof caseEvent>;
export type CaseDetail = z.infer<typeof caseDetail>;
export type CasePage = z.infer<typeof casePage>;

/* Requests: the case list and its follow-ups. Bodies are strict. */

/** GET /cases */
export const caseListQuery = z.object({
  ...pageQuery,
  propertyId: uuid.optional(),
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  q: z.string().trim().max(100).optional(),
  from: requestDate.optional(),
  to: requestDate.optional(),
  overdue: flagQuery.optional(),
  sla: z.enum(SLA_STATES).optional(),
});
export type CaseListQuery = z.input<typeof caseListQuery>;

/** POST /cases/{id}/follow-ups: a follow-up, a note or the apology on the timeline. */
export const caseFollowUpBody = z.object({ kind: z.enum(FOLLOW_UP_KINDS).default('follow_up'), note: reqText(2000) }).strict();
export type CaseFollowUpBody = z.input<typeof caseFollowUpBody>;
