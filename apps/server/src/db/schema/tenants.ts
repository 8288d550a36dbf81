/** Tenant records (migration 0035): files per tenant company, applications with notes, the archive register and its loans (T1). */
import { pgTable, uuid, text, integer, bigint, boolean, timestamp, date, numeric, jsonb } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();

export type TenantStatus = 'moving_in' | 'occupied' | 'moving_out' | 'vacated';
export type TenantLeader = { name: string; title: string; phone: string | null };
export type TenantContact = { nameZh: string; nameEn: string | null; title: string | null; phone: string | null; email: string | null };
export type ApplicationKind = 'move_in' | 'move_out' | 'fit_out';
export type ApplicationState = 'submitted' | 'approved' | 'rejected' | 'in_progress' | 'awaiting_acceptance' | 'accepted' | 'failed';
export type ChecklistItem = { item: string; result: 'ok' | 'defect' | null; note: string | null };
export type ArchiveCategory = 'contract' | 'move_in' | 'fit_out' | 'move_out' | 'correspondence' | 'visit' | 'other';

export const tenantFiles = pgTable('tenant_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  organizationId: uuid('organization_id').notNull(),
  nameEn: text('name_en'),
  status: text('status').$type<TenantStatus>().notNull().default('occupied'),
  areaSqm: numeric('area_sqm', { precision: 10, scale: 2 }),
  staffCount: integer('staff_count'),
  moveInDate: date('move_in_date', { mode: 'string' }),
  leaders: jsonb('leaders').$type<TenantLeader[]>().notNull().default([]),
  contacts: jsonb('contacts').$type<TenantContact[]>().notNull().default([]),
  emergencyName: text('emergency_name'),
  emergencyPhone: text('emergency_phone'),
  notes: text('notes'),
  version: integer('version').notNull().default(1),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const tenantApplications = pgTable('tenant_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  organizationId: uuid('organization_id').notNull(),
  number: text('number').notNull(),
  kind: text('kind').$type<ApplicationKind>().notNull(),
  state: text('state').$type<ApplicationState>().notNull().default('submitted'),
  unitId: uuid('unit_id'),
  description: text('description').notNull(),
  contractorName: text('contractor_name'),
  contractorPhone: text('contractor_phone'),
  plannedStart: date('planned_start', { mode: 'string' }).notNull(),
  plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
  depositFen: bigint('deposit_fen', { mode: 'number' }).notNull().default(0),
  checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull().default([]),
  submittedBy: uuid('submitted_by'),
  submittedByName: text('submitted_by_name').notNull(),
  submittedAt: ts('submitted_at').notNull(),
  decidedByName: text('decided_by_name'),
  decidedAt: ts('decided_at'),
  decisionNote: text('decision_note'),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
  closedByName: text('closed_by_name'),
  closedAt: ts('closed_at'),
  closeNote: text('close_note'),
  version: integer('version').notNull().default(1),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const tenantApplicationNotes = pgTable('tenant_application_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  kind: text('kind').$type<'violation' | 'postponement'>().notNull(),
  onDate: date('on_date', { mode: 'string' }).notNull(),
  text: text('text').notNull(),
  newEndDate: date('new_end_date', { mode: 'string' }),
  photoFileId: uuid('photo_file_id'),
  byName: text('by_name').notNull(),
  createdAt: created(),
});

export const tenantArchiveEntries = pgTable('tenant_archive_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  organizationId: uuid('organization_id'),
  fileNo: text('file_no').notNull(),
  title: text('title').notNull(),
  category: text('category').$type<ArchiveCategory>().notNull(),
  pages: integer('pages').notNull(),
  filedOn: date('filed_on', { mode: 'string' }).notNull(),
  filedByName: text('filed_by_name').notNull(),
  cancelledAt: ts('cancelled_at'),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const tenantArchiveLoans = pgTable('tenant_archive_loans', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  entryId: uuid('entry_id').notNull(),
  borrowerName: text('borrower_name').notNull(),
  borrowerDept: text('borrower_dept'),
  purpose: text('purpose'),
  copyTaken: boolean('copy_taken').notNull().default(false),
  lentByName: text('lent_by_name').notNull(),
  lentAt: ts('lent_at').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  returnedAt: ts('returned_at'),
  checkedByName: text('checked_by_name'),
  returnNote: text('return_note'),
  createdAt: created(),
});
