import { pgTable, uuid, text, integer, boolean, jsonb, timestamp, primaryKey, bigint, date } from 'drizzle-orm/pg-core';
import type {
  CheckStatus,
  Department,
  FeeLineKind,
  FeeStatus,
  IncidentKind,
  LostItemStatus,
  NoticeStatus,
  PaymentStatus,
  QuantityRule,
  TaskStatus,
} from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const taskTemplates = pgTable('task_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  code: text('code').notNull(),
  department: text('department').$type<Department>().notNull(),
  title: text('title').notNull(),
  instructions: text('instructions'),
  venueTypes: text('venue_types').array().notNull().default([]),
  venueClasses: text('venue_classes').array().notNull().default([]),
  excludeVenueTypes: text('exclude_venue_types').array().notNull().default([]),
  services: text('services').array().notNull().default([]),
  offsetMinutes: integer('offset_minutes'),
  dayBeforeAt: text('day_before_at'),
  quantity: jsonb('quantity').$type<QuantityRule>().notNull().default({ rule: 'none' }),
  repeatMinutes: integer('repeat_minutes'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** What the 《会议服务通知单》 prints (a snapshot of the booking at issue). */
export interface NoticeContent {
  bookingNumber: string;
  meetingName: string;
  startAt: string;
  endAt: string;
  venue: { id: string; name: string; type: string; class: string; building: string | null; buildingCode: string | null };
  linkedVenues: string[];
  organizerUnit: string;
  contactName: string;
  contactPhone: string;
  attendeeCount: number;
  layout: string | null;
  services: unknown[];
  notes: string | null;
  importance: string;
  cupType: string;
  cupTypeText: string;
  servingOrder: readonly string[];
  confidentiality: string;
}

export const serviceNotices = pgTable('service_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  bookingId: uuid('booking_id').notNull(),
  number: text('number').notNull(),
  version: integer('version').notNull().default(1),
  status: text('status').$type<NoticeStatus>().notNull().default('active'),
  bookingVersion: integer('booking_version').notNull(),
  startAt: ts('start_at').notNull(),
  endAt: ts('end_at').notNull(),
  venueId: uuid('venue_id').notNull(),
  content: jsonb('content').$type<NoticeContent>().notNull(),
  conferenceBuilding: boolean('conference_building').notNull().default(false),
  noticeDeadline: ts('notice_deadline'),
  readyDeadline: ts('ready_deadline'),
  issuedLate: boolean('issued_late').notNull().default(false),
  issuedBy: uuid('issued_by'),
  issuedAt: ts('issued_at').notNull(),
  startedAt: ts('started_at'),
  startedBy: uuid('started_by'),
  endedAt: ts('ended_at'),
  endedBy: uuid('ended_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const noticeDepartments = pgTable(
  'notice_departments',
  {
    noticeId: uuid('notice_id').notNull(),
    department: text('department').$type<Department>().notNull(),
    readyAt: ts('ready_at'),
    readyBy: uuid('ready_by'),
    verifiedAt: ts('verified_at'),
    verifiedBy: uuid('verified_by'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.department] })],
);

export const meetingTasks = pgTable('meeting_tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  department: text('department').$type<Department>().notNull(),
  key: text('key').notNull(),
  title: text('title').notNull(),
  instructions: text('instructions'),
  dueAt: ts('due_at').notNull(),
  quantity: integer('quantity'),
  unit: text('unit'),
  sort: integer('sort').notNull().default(0),
  status: text('status').$type<TaskStatus>().notNull().default('open'),
  doneBy: uuid('done_by'),
  doneAt: ts('done_at'),
  note: text('note'),
  photoUrl: text('photo_url'),
  overdueAlertedAt: ts('overdue_alerted_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingChecks = pgTable(
  'meeting_checks',
  {
    noticeId: uuid('notice_id').notNull(),
    level: integer('level').notNull(),
    propertyId: uuid('property_id').notNull(),
    dueAt: ts('due_at').notNull(),
    status: text('status').$type<CheckStatus>().notNull().default('pending'),
    finding: text('finding'),
    checkedBy: uuid('checked_by'),
    checkedAt: ts('checked_at'),
    missedAt: ts('missed_at'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.level] })],
);

export const meetingIncidents = pgTable('meeting_incidents', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  kind: text('kind').$type<IncidentKind>().notNull(),
  severity: text('severity').$type<'normal' | 'serious'>().notNull().default('normal'),
  description: text('description').notNull(),
  handledBy: text('handled_by'),
  handling: text('handling'),
  escalated: boolean('escalated').notNull().default(false),
  reportedBy: uuid('reported_by').notNull(),
  reportedAt: ts('reported_at').notNull(),
  resolvedBy: uuid('resolved_by'),
  resolvedAt: ts('resolved_at'),
});

// ---------- 0008: fees, purchases, after the meeting, attendees ----------
const fen = (name: string) => bigint(name, { mode: 'number' });

export interface PriceList {
  venue: { venueClass: string; venueType?: string | null; bands: { upToHours: number; fen: number }[]; extraHourFen: number }[];
  items: { code: string; name: string; unit: string; fen: number; kind: 'consumable' | 'technical' | 'service' }[];
}
export interface FeeLine {
  kind: FeeLineKind;
  code: string | null;
  name: string;
  qty: number;
  unit: string;
  unitFen: number;
  amountFen: number;
  invoiceRef: string | null;
  sourceId?: string | null;
}
export interface PurchaseItem {
  kind: string;
  name: string;
  qty: number;
  unit: string;
  unitFen: number;
}

export const meetingPriceLists = pgTable('meeting_price_lists', {
  propertyId: uuid('property_id').primaryKey(),
  prices: jsonb('prices').$type<PriceList>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingPurchases = pgTable('meeting_purchases', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  number: text('number').notNull(),
  items: jsonb('items').$type<PurchaseItem[]>().notNull(),
  totalFen: fen('total_fen').notNull(),
  purchaser: text('purchaser'),
  status: text('status').$type<'requested' | 'purchased' | 'cancelled'>().notNull().default('requested'),
  invoiceRef: text('invoice_ref'),
  note: text('note'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: ts('requested_at').notNull(),
  purchasedBy: uuid('purchased_by'),
  purchasedAt: ts('purchased_at'),
});

export const meetingFeeStatements = pgTable('meeting_fee_statements', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  number: text('number').notNull(),
  status: text('status').$type<FeeStatus>().notNull().default('draft'),
  paymentStatus: text('payment_status').$type<PaymentStatus>().notNull().default('unpaid'),
  lines: jsonb('lines').$type<FeeLine[]>().notNull(),
  totalFen: fen('total_fen').notNull(),
  paidFen: fen('paid_fen').notNull().default(0),
  invoiceRefs: text('invoice_refs').array().notNull().default([]),
  note: text('note'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').notNull(),
  issuedBy: uuid('issued_by'),
  issuedAt: ts('issued_at'),
  confirmedVia: text('confirmed_via').$type<'online' | 'paper'>(),
  confirmedBy: uuid('confirmed_by'),
  signerName: text('signer_name'),
  confirmedAt: ts('confirmed_at'),
  reminders: integer('reminders').notNull().default(0),
  lastRemindedAt: ts('last_reminded_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingFeePayments = pgTable('meeting_fee_payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  statementId: uuid('statement_id').notNull(),
  amountFen: fen('amount_fen').notNull(),
  paidAt: ts('paid_at').notNull(),
  method: text('method'),
  reference: text('reference'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull(),
});

export interface CleanupItem {
  item: string;
  done: boolean;
  note: string | null;
}
export interface EquipmentCount {
  name: string;
  expected: number;
  counted: number;
  note: string | null;
}
export const meetingAfterChecks = pgTable('meeting_after_checks', {
  noticeId: uuid('notice_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  cleanup: jsonb('cleanup').$type<CleanupItem[]>().notNull(),
  equipment: jsonb('equipment').$type<EquipmentCount[]>().notNull(),
  shortages: integer('shortages').notNull().default(0),
  version: integer('version').notNull().default(1),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull(),
});

export const lostItems = pgTable('lost_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id'),
  number: text('number').notNull(),
  item: text('item').notNull(),
  description: text('description'),
  foundPlace: text('found_place').notNull(),
  foundAt: ts('found_at').notNull(),
  foundBy: text('found_by').notNull(),
  status: text('status').$type<LostItemStatus>().notNull().default('found'),
  storedPlace: text('stored_place'),
  storedAt: ts('stored_at'),
  handedTo: text('handed_to'),
  ownerSignature: text('owner_signature'),
  ownerIdNumber: text('owner_id_number'),
  ownerSignatureFileId: uuid('owner_signature_file_id'),
  returnedAt: ts('returned_at'),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  updatedBy: uuid('updated_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingHandovers = pgTable('meeting_handovers', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  kind: text('kind').$type<'recording' | 'document' | 'photo' | 'other'>().notNull(),
  description: text('description').notNull(),
  quantity: integer('quantity').notNull().default(1),
  recipientKind: text('recipient_kind').$type<'organizer' | 'bureau'>().notNull(),
  recipientName: text('recipient_name').notNull(),
  handedBy: uuid('handed_by').notNull(),
  handedAt: ts('handed_at').notNull(),
  note: text('note'),
});

export const meetingPages = pgTable('meeting_pages', {
  noticeId: uuid('notice_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  agenda: text('agenda'),
  handbook: text('handbook'),
  signInSecret: text('sign_in_secret').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingAttendees = pgTable('meeting_attendees', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  name: text('name').notNull(),
  organization: text('organization'),
  title: text('title'),
  phone: text('phone'),
  seat: text('seat'),
  note: text('note'),
  signedInAt: ts('signed_in_at'),
  signedInVia: text('signed_in_via').$type<'qr' | 'desk'>(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

// ---------- 0008: staffing and confidentiality ----------
export const staffProfiles = pgTable(
  'staff_profiles',
  {
    propertyId: uuid('property_id').notNull(),
    userId: uuid('user_id').notNull(),
    post: text('post'),
    trainings: jsonb('trainings').$type<{ name: string; date: string }[]>().notNull().default([]),
    backgroundCheckNo: text('background_check_no'),
    backgroundCheckUntil: date('background_check_until', { mode: 'string' }),
    sensitivePost: boolean('sensitive_post').notNull().default(false),
    confidentialAuthorised: boolean('confidential_authorised').notNull().default(false),
    departmentHead: boolean('department_head').notNull().default(false),
    authorisedBy: uuid('authorised_by'),
    authorisedAt: ts('authorised_at'),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.userId] })],
);

export const staffShifts = pgTable('staff_shifts', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  userId: uuid('user_id').notNull(),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  overtime: boolean('overtime').notNull().default(false),
  note: text('note'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const taskAssignments = pgTable(
  'task_assignments',
  {
    taskId: uuid('task_id').notNull(),
    userId: uuid('user_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    noticeId: uuid('notice_id').notNull(),
    warnings: text('warnings').array().notNull().default([]),
    assignedBy: uuid('assigned_by').notNull(),
    assignedAt: ts('assigned_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.userId] })],
);

// ---------- 0008: materials ----------
export const warehouseItems = pgTable('warehouse_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  stock: integer('stock').notNull().default(0),
  lossFen: fen('loss_fen').notNull().default(0),
  technical: boolean('technical').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingMaterials = pgTable(
  'meeting_materials',
  {
    noticeId: uuid('notice_id').notNull(),
    itemId: uuid('item_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    checkedOut: integer('checked_out').notNull().default(0),
    returned: integer('returned').notNull().default(0),
    lost: integer('lost').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.itemId] })],
);

export const materialMovements = pgTable('material_movements', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  itemId: uuid('item_id').notNull(),
  noticeId: uuid('notice_id'),
  kind: text('kind').$type<'restock' | 'checkout' | 'return' | 'loss'>().notNull(),
  qty: integer('qty').notNull(),
  byUser: uuid('by_user').notNull(),
  at: ts('at').notNull(),
});

// ---------- 0009: reports (M10) ----------
export const meetingSurveys = pgTable('meeting_surveys', {
  noticeId: uuid('notice_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  organizationId: uuid('organization_id'),
  invitedAt: ts('invited_at'),
  rating: integer('rating'),
  comment: text('comment'),
  answeredBy: uuid('answered_by'),
  answeredAt: ts('answered_at'),
});
