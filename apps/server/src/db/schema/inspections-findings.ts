/** Patrol findings, their steps and the manager's daily sign-off (migration 0034, T2). */
import { pgTable, uuid, text, boolean, integer, timestamp, date, unique } from 'drizzle-orm/pg-core';
import type { FindingCategory } from './inspections.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type FindingRoute = 'housekeeping' | 'repair' | 'inspector';
export type FindingState = 'open' | 'fixed' | 'in_repair' | 'closed';
export type FindingStepKind = 'fix' | 'reinspect' | 'repair' | 'verify' | 'close' | 'fix_by';

/** One failed checklist result on a round (one finding per result). */
export const inspectionFindings = pgTable('inspection_findings', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  roundId: uuid('round_id').notNull(),
  visitId: uuid('visit_id').notNull(),
  checkpointId: uuid('checkpoint_id').notNull(),
  checkItemId: uuid('check_item_id').notNull(),
  resultId: uuid('result_id').notNull().unique(),
  category: text('category').$type<FindingCategory>().notNull(),
  route: text('route').$type<FindingRoute>().notNull(),
  title: text('title').notNull(),
  note: text('note'),
  photoFileIds: uuid('photo_file_ids').array().notNull().default([]),
  state: text('state').$type<FindingState>().notNull().default('open'),
  urgent: boolean('urgent').notNull().default(false),
  foundAt: ts('found_at').notNull(),
  foundBy: uuid('found_by').notNull(),
  foundByName: text('found_by_name').notNull(),
  caseId: uuid('case_id'),
  sentToRepairAt: ts('sent_to_repair_at'),
  verifiedAt: ts('verified_at'),
  verifiedBy: uuid('verified_by'),
  verifiedByName: text('verified_by_name'),
  signatureFileId: uuid('signature_file_id'),
  closedAt: ts('closed_at'),
  fixBy: date('fix_by', { mode: 'string' }),
  fixBySetBy: uuid('fix_by_set_by'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A step of a finding: a fix, a re-inspection (pass/fail), the repair request, the verification, closing. */
export const inspectionFindingSteps = pgTable('inspection_finding_steps', {
  id: uuid('id').primaryKey().defaultRandom(),
  findingId: uuid('finding_id').notNull(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<FindingStepKind>().notNull(),
  outcome: text('outcome').$type<'pass' | 'fail'>(),
  note: text('note'),
  photoFileIds: uuid('photo_file_ids').array().notNull().default([]),
  at: ts('at').notNull(),
  byUser: uuid('by_user').notNull(),
  byName: text('by_name').notNull(),
});

/** The manager's sign-off of one day's patrol records. */
export const inspectionDailyReviews = pgTable(
  'inspection_daily_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    note: text('note'),
    rounds: integer('rounds').notNull(),
    findings: integer('findings').notNull(),
    signedAt: ts('signed_at').notNull(),
    signedBy: uuid('signed_by').notNull(),
    signedByName: text('signed_by_name').notNull(),
    signatureFileId: uuid('signature_file_id'),
  },
  (t) => [unique().on(t.propertyId, t.day)],
);
