/** Fees (migration 0038, T4): one-off charges posted by paid repairs and paid services, drawn into a month's tables. */
import { pgTable, uuid, text, bigint, integer, numeric, date, timestamp, unique, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { ChargeSheet } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const billableCharges = pgTable(
  'billable_charges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    unitId: uuid('unit_id'),
    sheet: text('sheet').$type<ChargeSheet>().notNull(),
    sourceKind: text('source_kind').notNull(),
    sourceId: uuid('source_id').notNull(),
    sourceLabel: text('source_label').notNull(),
    description: text('description').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    billingMonth: text('billing_month'),
    postedBy: uuid('posted_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('billable_charges_source_kind_source_id_key').on(t.sourceKind, t.sourceId),
    index('billable_charges_unbilled_idx')
      .on(t.propertyId, t.occurredOn)
      .where(sql`billing_month is null`),
    index('billable_charges_month_idx').on(t.propertyId, t.billingMonth, t.sheet),
  ],
);

export type BillingMonthState = 'drafted' | 'signing' | 'signed';
export type BillingSheet = 'management' | 'water' | 'phone' | 'parking' | 'engineering' | 'other_services';
export type BillingSignStep = 'cs_manager' | 'general_manager' | 'finance_manager';

export const billingMonths = pgTable(
  'billing_months',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    month: text('month').notNull(),
    state: text('state').$type<BillingMonthState>().notNull().default('drafted'),
    version: integer('version').notNull().default(1),
    throughDay: date('through_day', { mode: 'string' }).notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull().default(0),
    drawnAt: ts('drawn_at').notNull(),
    drawnBy: uuid('drawn_by'),
    drawnByName: text('drawn_by_name'),
    signedAt: ts('signed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('billing_months_property_id_month_key').on(t.propertyId, t.month)],
);

export const billingLines = pgTable(
  'billing_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    monthId: uuid('month_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    unitId: uuid('unit_id'),
    sheet: text('sheet').$type<BillingSheet>().notNull(),
    feeItemId: uuid('fee_item_id'),
    chargeId: uuid('charge_id'),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3 }),
    unitPriceFen: bigint('unit_price_fen', { mode: 'number' }),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('billing_lines_month_idx').on(t.monthId, t.sheet, t.organizationId),
    uniqueIndex('billing_lines_charge_idx')
      .on(t.chargeId)
      .where(sql`charge_id is not null`),
  ],
);

export const billingMonthSignatures = pgTable(
  'billing_month_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    monthId: uuid('month_id').notNull(),
    step: text('step').$type<BillingSignStep>().notNull(),
    version: integer('version').notNull(),
    signerId: uuid('signer_id').notNull(),
    signerName: text('signer_name').notNull(),
    signatureFileId: uuid('signature_file_id'),
    signedAt: ts('signed_at').notNull(),
    voidedAt: ts('voided_at'),
    voidReason: text('void_reason'),
  },
  (t) => [
    uniqueIndex('billing_month_signatures_live_idx')
      .on(t.monthId, t.step)
      .where(sql`voided_at is null`),
  ],
);
