/** Patrol tables (migration 0032): plans, checkpoints and their checklists, rounds, visits and results (T2). */
import { pgTable, uuid, text, boolean, integer, timestamp, date, doublePrecision, index, unique } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type InspectionPlanKind = 'patrol' | 'walk' | 'spot_check';
export type CheckItemKind = 'pass_fail' | 'number' | 'text' | 'photo';
export type FindingCategory = 'cleaning' | 'greenery' | 'pest' | 'repair' | 'safety' | 'other';
export type RoundState = 'scheduled' | 'in_progress' | 'completed' | 'missed';

/** A plan per area: schedule (RRULE), a local time window, an assignee or a role; ordered checkpoints. */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    name: text('name').notNull(),
    area: text('area').notNull(),
    kind: text('kind').$type<InspectionPlanKind>().notNull().default('patrol'),
    rrule: text('rrule').notNull(),
    windowStart: text('window_start').notNull(),
    windowEnd: text('window_end').notNull(),
    leadMinutes: integer('lead_minutes').notNull().default(60),
    workdaysOnly: boolean('workdays_only').notNull().default(false),
    assigneeId: uuid('assignee_id'),
    assigneeRole: text('assignee_role'),
    active: boolean('active').notNull().default(true),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('inspection_plans_property_idx').on(t.propertyId)],
);

/** A point on the route, in order, with the token printed in its QR code. */
export const inspectionCheckpoints = pgTable('inspection_checkpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  planId: uuid('plan_id').notNull(),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  location: text('location'),
  qrToken: text('qr_token').notNull().unique(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** One line of a checkpoint's checklist; a failed line becomes a finding of its category. */
export const inspectionCheckItems = pgTable('inspection_check_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  checkpointId: uuid('checkpoint_id').notNull(),
  position: integer('position').notNull(),
  label: text('label').notNull(),
  kind: text('kind').$type<CheckItemKind>().notNull(),
  minValue: doublePrecision('min_value'),
  maxValue: doublePrecision('max_value'),
  unit: text('unit'),
  photoRequired: boolean('photo_required').notNull().default(false),
  category: text('category').$type<FindingCategory>().notNull().default('other'),
  active: boolean('active').notNull().default(true),
});

/** One round of a plan on one day (never twice: unique per plan and day). */
export const inspectionRounds = pgTable(
  'inspection_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    planId: uuid('plan_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    windowStart: ts('window_start').notNull(),
    windowEnd: ts('window_end').notNull(),
    assigneeId: uuid('assignee_id'),
    assigneeName: text('assignee_name'),
    state: text('state').$type<RoundState>().notNull().default('scheduled'),
    startedAt: ts('started_at'),
    completedAt: ts('completed_at'),
    late: boolean('late').notNull().default(false),
    reassignedFrom: uuid('reassigned_from'),
    alertedMissedAt: ts('alerted_missed_at'),
    alertedLateAt: ts('alerted_late_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.planId, t.dueDate)],
);

/** A checkpoint reached on a round: scanned, or picked from the list with the reason (a damaged code). */
export const inspectionVisits = pgTable(
  'inspection_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull(),
    checkpointId: uuid('checkpoint_id').notNull(),
    method: text('method').$type<'scan' | 'pick'>().notNull(),
    pickReason: text('pick_reason'),
    visitedAt: ts('visited_at').notNull(),
    visitedBy: uuid('visited_by').notNull(),
    visitedByName: text('visited_by_name').notNull(),
    note: text('note'),
  },
  (t) => [unique().on(t.roundId, t.checkpointId)],
);

/** The answer to one checklist line at a visit. */
export const inspectionResults = pgTable(
  'inspection_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id').notNull(),
    roundId: uuid('round_id').notNull(),
    checkItemId: uuid('check_item_id').notNull(),
    outcome: text('outcome').$type<'pass' | 'fail' | 'na'>().notNull(),
    valueNumber: doublePrecision('value_number'),
    valueText: text('value_text'),
    photoFileIds: uuid('photo_file_ids').array().notNull().default([]),
    note: text('note'),
  },
  (t) => [unique().on(t.visitId, t.checkItemId)],
);
