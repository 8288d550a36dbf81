/** Staff-quality tables (migration 0037): hygiene inspections, the contractor's evaluation, training, evaluations. */
import { pgTable, uuid, text, boolean, integer, timestamp, date, bigint, primaryKey } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type HygieneLevel = 'team' | 'area' | 'department';

export const hygieneInspections = pgTable('hygiene_inspections', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  level: text('level').$type<HygieneLevel>().notNull(),
  area: text('area').notNull(),
  periodStart: date('period_start').notNull(),
  inspectedOn: date('inspected_on').notNull(),
  inspectedAt: ts('inspected_at').notNull(),
  inspectorId: uuid('inspector_id').notNull(),
  inspectorName: text('inspector_name').notNull(),
  score: integer('score').notNull(),
  remarks: text('remarks'),
  photoIds: uuid('photo_ids').array().notNull().default([]),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const hygieneInspectionItems = pgTable(
  'hygiene_inspection_items',
  {
    inspectionId: uuid('inspection_id').notNull(),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    points: integer('points').notNull(),
    deduction: integer('deduction').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.position] })],
);

export const hygieneReminders = pgTable(
  'hygiene_reminders',
  {
    propertyId: uuid('property_id').notNull(),
    level: text('level').notNull(),
    periodStart: date('period_start').notNull(),
    remindedAt: ts('reminded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.level, t.periodStart] })],
);

export const contractorEvaluations = pgTable('contractor_evaluations', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  month: text('month').notNull(),
  contractorName: text('contractor_name').notNull(),
  teamAvg: integer('team_avg'),
  areaAvg: integer('area_avg'),
  departmentAvg: integer('department_avg'),
  inspections: integer('inspections').notNull(),
  findings: integer('findings').notNull(),
  reinspections: integer('reinspections').notNull(),
  failedReinspections: integer('failed_reinspections').notNull(),
  openFindings: integer('open_findings').notNull(),
  scoreTenths: integer('score_tenths').notNull(),
  rating: text('rating').$type<'excellent' | 'good' | 'pass' | 'fail'>().notNull(),
  contractAmountFen: bigint('contract_amount_fen', { mode: 'number' }).notNull(),
  fullPayScore: integer('full_pay_score').notNull(),
  deductBpPerPoint: integer('deduct_bp_per_point').notNull(),
  deductionFen: bigint('deduction_fen', { mode: 'number' }).notNull(),
  paymentFen: bigint('payment_fen', { mode: 'number' }).notNull(),
  state: text('state').$type<'draft' | 'confirmed'>().notNull(),
  remarks: text('remarks'),
  preparedBy: uuid('prepared_by').notNull(),
  preparedByName: text('prepared_by_name').notNull(),
  preparedAt: ts('prepared_at').notNull(),
  confirmedBy: uuid('confirmed_by'),
  confirmedByName: text('confirmed_by_name'),
  confirmedAt: ts('confirmed_at'),
});

export const trainingSessions = pgTable('training_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  month: text('month').notNull(),
  topic: text('topic').notNull(),
  trainer: text('trainer').notNull(),
  startsAt: ts('starts_at').notNull(),
  minutes: integer('minutes').notNull(),
  place: text('place').notNull(),
  audienceRoles: text('audience_roles').array().notNull(),
  notes: text('notes'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: uuid('session_id').notNull(),
    userId: uuid('user_id').notNull(),
    userName: text('user_name').notNull(),
    attended: boolean('attended').notNull(),
    absenceReason: text('absence_reason'),
    score: integer('score'),
    passed: boolean('passed'),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

export const evaluationCriteria = pgTable('evaluation_criteria', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  name: text('name').notNull(),
  maxScore: integer('max_score').notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const staffEvaluations = pgTable('staff_evaluations', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<'evaluation' | 'spot_check'>().notNull(),
  month: text('month').notNull(),
  staffId: uuid('staff_id').notNull(),
  staffName: text('staff_name').notNull(),
  evaluatorId: uuid('evaluator_id').notNull(),
  evaluatorName: text('evaluator_name').notNull(),
  evaluatedAt: ts('evaluated_at').notNull(),
  total: integer('total').notNull(),
  maxTotal: integer('max_total').notNull(),
  passed: boolean('passed').notNull(),
  remarks: text('remarks'),
});

export const staffEvaluationPoints = pgTable(
  'staff_evaluation_points',
  {
    evaluationId: uuid('evaluation_id').notNull(),
    position: integer('position').notNull(),
    criterionId: uuid('criterion_id'),
    code: text('code'),
    label: text('label').notNull(),
    maxScore: integer('max_score').notNull(),
    score: integer('score').notNull(),
    passed: boolean('passed'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.position] })],
);
