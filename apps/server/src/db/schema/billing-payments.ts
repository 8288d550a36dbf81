/** Fees after the month is signed (migration 0040, T4): notices, payments with receipts, dunning, collection snapshots, reviews. */
import { pgTable, uuid, text, bigint, integer, date, timestamp, jsonb, unique, uniqueIndex, index, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const billingCounters = pgTable(
  'billing_counters',
  {
    propertyId: uuid('property_id').notNull(),
    series: text('series').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.series] })],
);

export const billingNotices = pgTable(
  'billing_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    monthId: uuid('month_id').notNull(),
    month: text('month').notNull(),
    organizationId: uuid('organization_id').notNull(),
    number: text('number').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull().default(0),
    issuedAt: ts('issued_at').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    deliverBy: date('deliver_by', { mode: 'string' }).notNull(),
    deliveredAt: ts('delivered_at'),
    deliveredBy: uuid('delivered_by'),
    deliveredByName: text('delivered_by_name'),
    deliveryRemindedAt: ts('delivery_reminded_at'),
    paidAt: ts('paid_at'),
  },
  (t) => [
    unique('billing_notices_month_id_organization_id_key').on(t.monthId, t.organizationId),
    uniqueIndex('billing_notices_number_idx').on(t.propertyId, t.number),
    index('billing_notices_open_idx')
      .on(t.propertyId, t.dueOn)
      .where(sql`paid_at is null`),
    index('billing_notices_org_idx').on(t.organizationId, t.month),
  ],
);

export type PaymentMethod = 'cash' | 'transfer' | 'card';

export const billingPayments = pgTable(
  'billing_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    noticeId: uuid('notice_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    method: text('method').$type<PaymentMethod>().notNull(),
    payerName: text('payer_name').notNull(),
    reference: text('reference'),
    receiptNumber: text('receipt_number').notNull(),
    receivedAt: ts('received_at').notNull(),
    receivedBy: uuid('received_by'),
    receivedByName: text('received_by_name').notNull(),
    voidedAt: ts('voided_at'),
    voidedBy: uuid('voided_by'),
    voidedByName: text('voided_by_name'),
    voidReason: text('void_reason'),
    voidSignatureFileId: uuid('void_signature_file_id'),
  },
  (t) => [
    uniqueIndex('billing_payments_receipt_number_idx').on(t.propertyId, t.receiptNumber),
    index('billing_payments_notice_idx').on(t.noticeId, t.receivedAt),
    index('billing_payments_day_idx').on(t.propertyId, t.receivedAt),
  ],
);

export type DunningStep = 'reminder' | 'notice' | 'visit' | 'escalation';

export const billingDunningSteps = pgTable(
  'billing_dunning_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    noticeId: uuid('notice_id').notNull(),
    step: text('step').$type<DunningStep>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    firedAt: ts('fired_at'),
    doneAt: ts('done_at'),
    doneBy: uuid('done_by'),
    doneByName: text('done_by_name'),
    outcome: text('outcome'),
  },
  (t) => [
    unique('billing_dunning_steps_notice_id_step_key').on(t.noticeId, t.step),
    index('billing_dunning_due_idx')
      .on(t.dueOn)
      .where(sql`fired_at is null`),
  ],
);

export const billingCollectionSnapshots = pgTable(
  'billing_collection_snapshots',
  {
    propertyId: uuid('property_id').notNull(),
    month: text('month').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    receivableFen: bigint('receivable_fen', { mode: 'number' }).notNull(),
    receivedFen: bigint('received_fen', { mode: 'number' }).notNull(),
    householdsCharged: integer('households_charged').notNull(),
    householdsPaid: integer('households_paid').notNull(),
    computedAt: ts('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.month, t.day] })],
);

export const billingReportSnapshots = pgTable(
  'billing_report_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    month: text('month').notNull(),
    kind: text('kind').$type<'received' | 'arrears'>().notNull(),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<unknown>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('billing_report_snapshots_property_id_month_kind_key').on(t.propertyId, t.month, t.kind)],
);

export interface ReviewMeasure {
  measure: string;
  owner: string;
  due: string;
}

export const billingReviews = pgTable(
  'billing_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    month: text('month').notNull(),
    review: text('review').notNull(),
    measures: jsonb('measures').$type<ReviewMeasure[]>().notNull().default([]),
    signedBy: uuid('signed_by').notNull(),
    signedByName: text('signed_by_name').notNull(),
    signedRole: text('signed_role').notNull(),
    signedAt: ts('signed_at').notNull(),
  },
  (t) => [unique('billing_reviews_property_id_month_key').on(t.propertyId, t.month)],
);
