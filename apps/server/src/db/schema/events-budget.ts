/** Large events' budget (migration 0052, M13): the 会务服务预算表 in versions, and the purchases recorded against it. */
import { pgTable, uuid, text, integer, bigint, timestamp, jsonb, date, unique, index } from 'drizzle-orm/pg-core';
import type { BudgetBasis, BudgetFigures, BudgetStatus, EventCostCategory } from '@hy/contracts';
import { events } from './events.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface BudgetLineRow {
  id: string;
  category: EventCostCategory;
  name: string;
  basis: BudgetBasis;
  unitFen: number;
  quantity: number;
  note: string | null;
}

export const eventBudgetVersions = pgTable(
  'event_budget_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    propertyId: uuid('property_id').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<BudgetStatus>().notNull().default('draft'),
    lines: jsonb('lines').$type<BudgetLineRow[]>().notNull().default([]),
    note: text('note'),
    snapshot: jsonb('snapshot').$type<BudgetFigures>(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull().default(0),
    rowVersion: integer('row_version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by'),
    submittedAt: ts('submitted_at'),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    approvedAt: ts('approved_at'),
    signatureFileId: uuid('signature_file_id'),
  },
  (t) => [unique().on(t.eventId, t.version)],
);

export const eventBudgetActuals = pgTable(
  'event_budget_actuals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    propertyId: uuid('property_id').notNull(),
    category: text('category').$type<EventCostCategory>().notNull(),
    name: text('name').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    invoiceRef: text('invoice_ref'),
    spentOn: date('spent_on').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('event_budget_actuals_event_idx').on(t.eventId, t.spentOn)],
);
