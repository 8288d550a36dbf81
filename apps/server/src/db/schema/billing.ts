/** Fees (migration 0038, T4): one-off charges posted by paid repairs and paid services, drawn into a month's tables. */
import { pgTable, uuid, text, bigint, date, timestamp, unique, index } from 'drizzle-orm/pg-core';
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
