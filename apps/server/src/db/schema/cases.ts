import { pgTable, uuid, text, integer, boolean, jsonb, timestamp, bigserial, bigint, primaryKey } from 'drizzle-orm/pg-core';
import type { CaseKind, CaseChannel, CaseStatus, Severity, Urgency, WorkOrderStatus } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();

export interface Material {
  name: string;
  qty: number;
  unit?: string | null;
}

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  number: text('number').notNull(),
  kind: text('kind').$type<CaseKind>().notNull(),
  channel: text('channel').$type<CaseChannel>().notNull(),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  unitId: uuid('unit_id'),
  organizationId: uuid('organization_id'),
  location: text('location'),
  /** 0028 (F6): do the repair while the occupant is out, within this window (both or neither). */
  occupantOutFrom: ts('occupant_out_from'),
  occupantOutTo: ts('occupant_out_to'),
  content: text('content').notNull(),
  photos: jsonb('photos').$type<string[]>().notNull().default([]),
  nature: text('nature').$type<'valid' | 'communicative'>(),
  natureType: text('nature_type').$type<'help_seeking' | 'inquiry' | 'venting'>(),
  category: text('category').$type<'equipment' | 'attitude' | 'quality'>(),
  subcategory: text('subcategory'),
  severity: text('severity').$type<Severity>().notNull().default('general'),
  emergency: boolean('emergency').notNull().default(false),
  urgency: text('urgency').$type<Urgency>().notNull().default('normal'),
  status: text('status').$type<CaseStatus>().notNull().default('open'),
  resumeStatus: text('resume_status').$type<CaseStatus>(),
  assigneeId: uuid('assignee_id'),
  parentCaseId: uuid('parent_case_id'),
  reporterId: uuid('reporter_id'),
  createdBy: uuid('created_by'),
  /** when the case was received (S1): the SLA is timed from it; equals createdAt unless logged late */
  receivedAt: ts('received_at').notNull(),
  respondDueAt: ts('respond_due_at').notNull(),
  resolveDueAt: ts('resolve_due_at').notNull(),
  extendedTo: ts('extended_to'),
  extendedPausedMinutes: integer('extended_paused_minutes'),
  respondedAt: ts('responded_at'),
  dispatchedAt: ts('dispatched_at'),
  resolvedAt: ts('resolved_at'),
  escalationLevel: integer('escalation_level').notNull().default(0),
  pausedAt: ts('paused_at'),
  pausedTotalMinutes: integer('paused_total_minutes').notNull().default(0),
  apologyRecordedAt: ts('apology_recorded_at'),
  proofChecked: boolean('proof_checked').notNull().default(false),
  proofNote: text('proof_note'),
  reopenedCount: integer('reopened_count').notNull().default(0),
  closedAt: ts('closed_at'),
  closedBy: uuid('closed_by'),
  closeResult: text('close_result').$type<'resolved' | 'unresolvable'>(),
  closeNote: text('close_note'),
  closeApproverId: uuid('close_approver_id'),
  version: integer('version').notNull().default(1),
  createdAt: created(),
  updatedAt: updated(),
  archivedAt: ts('archived_at'),
  /** S2/S4: a manager's sign-off of an emergency (pinned until then); cleared when a case becomes an emergency again */
  emergencySignedOffAt: ts('emergency_signed_off_at'),
  emergencySignedOffBy: uuid('emergency_signed_off_by'),
  emergencySignOffNote: text('emergency_sign_off_note'),
  /** 0034: where the case came from (a patrol finding); one source opens one case (unique) */
  sourceKind: text('source_kind').$type<'inspection_finding'>(),
  sourceId: uuid('source_id'),
  /** what the case page shows of the source, e.g. '大堂与电梯 2026-12-04 / 1F 男卫生间' */
  sourceLabel: text('source_label'),
});

export const caseEvents = pgTable('case_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  propertyId: uuid('property_id').notNull(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  note: text('note'),
  data: jsonb('data').$type<Record<string, unknown> | null>(),
  at: ts('at').notNull().defaultNow(),
});

export const caseAlerts = pgTable(
  'case_alerts',
  {
    caseId: uuid('case_id').notNull(),
    key: text('key').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.key] })],
);

export const workOrders = pgTable('work_orders', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  caseId: uuid('case_id').notNull(),
  number: text('number').notNull(),
  year: integer('year').notNull(),
  seq: integer('seq').notNull(),
  paid: boolean('paid').notNull().default(false),
  customerName: text('customer_name'),
  content: text('content').notNull(),
  reportingDepartment: text('reporting_department'),
  reporterName: text('reporter_name'),
  urgency: text('urgency').$type<Urgency>().notNull().default('normal'),
  issuerId: uuid('issuer_id'),
  assigneeId: uuid('assignee_id'),
  status: text('status').$type<WorkOrderStatus>().notNull().default('issued'),
  issuedAt: ts('issued_at').notNull(),
  acceptedAt: ts('accepted_at'),
  arrivedAt: ts('arrived_at'),
  completedAt: ts('completed_at'),
  workDone: text('work_done'),
  materials: jsonb('materials').$type<Material[]>().notNull().default([]),
  signedByName: text('signed_by_name'),
  signedByUserId: uuid('signed_by_user_id'),
  signedAt: ts('signed_at'),
  signatureMethod: text('signature_method').$type<'portal' | 'paper' | 'screen'>(),
  /** 0016: the signature drawn on the screen (a file of kind 'signature' attached to the work order) */
  signatureFileId: uuid('signature_file_id'),
  returnedAt: ts('returned_at'),
  returnedBy: uuid('returned_by'),
  voidReason: text('void_reason'),
  voidedAt: ts('voided_at'),
  voidedBy: uuid('voided_by'),
  /** 0011: how it was dispatched (assign / grab / rotate); null = manual */
  dispatchMode: text('dispatch_mode').$type<'assign' | 'grab' | 'rotate'>(),
  createdAt: created(),
  updatedAt: updated(),
});

export const callbacks = pgTable('callbacks', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  caseId: uuid('case_id').notNull(),
  byId: uuid('by_id'),
  at: ts('at').notNull(),
  satisfiedResult: boolean('satisfied_result').notNull(),
  courtesyRating: integer('courtesy_rating').notNull(),
  attitudeRating: integer('attitude_rating').notNull(),
  comment: text('comment'),
  reopened: boolean('reopened').notNull().default(false),
  source: text('source').$type<'staff' | 'tenant'>().notNull().default('staff'),
  createdAt: created(),
});

export const consultations = pgTable('consultations', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  channel: text('channel').$type<CaseChannel>().notNull(),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  unitId: uuid('unit_id'),
  organizationId: uuid('organization_id'),
  question: text('question').notNull(),
  answer: text('answer').notNull(),
  topic: text('topic'),
  createdBy: uuid('created_by'),
  createdAt: created(),
});

// ---------- 0005: paid repairs, supervision reports, knowledge base ----------

export interface ChargeItem {
  name: string;
  qty: number;
  unitPriceFen: number;
  priceItemId?: string | null;
  kind?: 'labour' | 'material' | null;
  unit?: string | null;
  note?: string | null;
}

export const repairCharges = pgTable('repair_charges', {
  workOrderId: uuid('work_order_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  caseId: uuid('case_id').notNull(),
  status: text('status').$type<'quoted' | 'consented' | 'declined' | 'noticed' | 'paid'>().notNull().default('quoted'),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  items: jsonb('items').$type<ChargeItem[]>().notNull().default([]),
  quoteNote: text('quote_note'),
  quotedBy: uuid('quoted_by'),
  quotedAt: ts('quoted_at').notNull(),
  consentMethod: text('consent_method').$type<'portal' | 'recorded'>(),
  consentName: text('consent_name'),
  consentUserId: uuid('consent_user_id'),
  consentAt: ts('consent_at'),
  noticeNumber: text('notice_number'),
  noticeIssuedAt: ts('notice_issued_at'),
  noticeIssuedBy: uuid('notice_issued_by'),
  paidAt: ts('paid_at'),
  receiptNo: text('receipt_no'),
  paidRecordedBy: uuid('paid_recorded_by'),
  version: integer('version').notNull().default(1),
  createdAt: created(),
  updatedAt: updated(),
});

export type CaseReportKind = 'daily_review' | 'weekly_summary' | 'monthly_review' | 'complaints_monthly' | 'complaint_rate';

export const caseReports = pgTable('case_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<CaseReportKind>().notNull(),
  propertyId: uuid('property_id').notNull(),
  period: text('period').notNull(),
  data: jsonb('data').$type<Record<string, unknown> | null>(),
  generatedAt: ts('generated_at'),
  notifiedAt: ts('notified_at'),
  note: text('note'),
  noteBy: uuid('note_by'),
  noteAt: ts('note_at'),
  signedBy: uuid('signed_by'),
  signedAt: ts('signed_at'),
  late: boolean('late').notNull().default(false),
  createdAt: created(),
});

export const kbEntries = pgTable('kb_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  category: text('category').notNull(),
  question: text('question').notNull(),
  answer: text('answer').notNull(),
  courtesy: boolean('courtesy').notNull().default(false),
  public: boolean('public').notNull().default(false),
  keywords: text('keywords').array().notNull().default([]),
  updatedBy: uuid('updated_by'),
  updatedAt: updated(),
  createdAt: created(),
  archivedAt: ts('archived_at'),
  version: integer('version').notNull().default(1),
});

export const caseKbLinks = pgTable(
  'case_kb_links',
  {
    caseId: uuid('case_id').notNull(),
    kbEntryId: uuid('kb_entry_id').notNull(),
    linkedBy: uuid('linked_by'),
    linkedAt: ts('linked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kbEntryId] })],
);

export const consultationKbLinks = pgTable(
  'consultation_kb_links',
  {
    consultationId: uuid('consultation_id').notNull(),
    kbEntryId: uuid('kb_entry_id').notNull(),
    linkedBy: uuid('linked_by'),
    linkedAt: ts('linked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.kbEntryId] })],
);

// ---------- 0011: dispatch modes ----------

export const dispatchRules = pgTable(
  'dispatch_rules',
  {
    propertyId: uuid('property_id').notNull(),
    subcategory: text('subcategory').notNull(),
    mode: text('mode').$type<'assign' | 'grab' | 'rotate'>().notNull(),
    assigneeId: uuid('assignee_id'),
    teamRole: text('team_role'),
    updatedBy: uuid('updated_by'),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.subcategory] })],
);

export const dispatchRotation = pgTable(
  'dispatch_rotation',
  {
    propertyId: uuid('property_id').notNull(),
    subcategory: text('subcategory').notNull(),
    lastUserId: uuid('last_user_id'),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.subcategory] })],
);
