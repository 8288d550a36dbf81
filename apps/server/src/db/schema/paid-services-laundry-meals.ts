/** Laundry and meals (migration 0043, T5): suppliers, the laundry price list and requests, menus, meal orders, evaluations. */
import { pgTable, uuid, text, integer, boolean, timestamp, date, jsonb, unique, primaryKey } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type SupplierKind = 'laundry' | 'meals';
export type LaundryState = 'requested' | 'called' | 'collected' | 'returned' | 'rewash' | 'signed';
export type MealOrderState = 'ordered' | 'passed' | 'redo' | 'delivered' | 'signed';
export type EvaluationKind = 'monthly' | 'weekly' | 'yearly';
export type LaundryLine = { item: string; service: 'wash' | 'dry_clean' | 'iron'; qty: number; priceFen: number };
export type MealLine = { dish: string; count: number; priceFen: number };
export type MenuDish = { day: number; dish: string; priceFen: number };

export const psSuppliers = pgTable('ps_suppliers', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<SupplierKind>().notNull(),
  name: text('name').notNull(),
  contactName: text('contact_name'),
  phone: text('phone'),
  contractFrom: date('contract_from', { mode: 'string' }),
  contractTo: date('contract_to', { mode: 'string' }),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const psLaundryPrices = pgTable('ps_laundry_prices', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  supplierId: uuid('supplier_id').notNull(),
  position: integer('position').notNull(),
  item: text('item').notNull(),
  washFen: integer('wash_fen'),
  dryCleanFen: integer('dry_clean_fen'),
  ironFen: integer('iron_fen'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const psLaundryRequests = pgTable('ps_laundry_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  organizationId: uuid('organization_id').notNull(),
  unitId: uuid('unit_id'),
  supplierId: uuid('supplier_id').notNull(),
  source: text('source').$type<'desk' | 'portal'>().notNull(),
  state: text('state').$type<LaundryState>().notNull().default('requested'),
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone'),
  estimate: text('estimate'),
  calledAt: ts('called_at'),
  collectDueAt: ts('collect_due_at'),
  collectedAt: ts('collected_at'),
  alertedAt: ts('alerted_at'),
  returnedAt: ts('returned_at'),
  rewashCount: integer('rewash_count').notNull().default(0),
  rewashNote: text('rewash_note'),
  lines: jsonb('lines').$type<LaundryLine[]>().notNull().default([]),
  totalFen: integer('total_fen').notNull().default(0),
  signerName: text('signer_name'),
  signatureFileId: uuid('signature_file_id'),
  signedAt: ts('signed_at'),
  createdBy: uuid('created_by').notNull(),
  createdByName: text('created_by_name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const psMealMenus = pgTable(
  'ps_meal_menus',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    supplierId: uuid('supplier_id').notNull(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    dishes: jsonb('dishes').$type<MenuDish[]>().notNull().default([]),
    publishedAt: ts('published_at'),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.propertyId, t.weekStart)],
);

export const psMealOrders = pgTable('ps_meal_orders', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  organizationId: uuid('organization_id').notNull(),
  unitId: uuid('unit_id'),
  supplierId: uuid('supplier_id').notNull(),
  orderDate: date('order_date', { mode: 'string' }).notNull(),
  source: text('source').$type<'desk' | 'portal'>().notNull(),
  state: text('state').$type<MealOrderState>().notNull().default('ordered'),
  contactName: text('contact_name').notNull(),
  lines: jsonb('lines').$type<MealLine[]>().notNull().default([]),
  totalFen: integer('total_fen').notNull(),
  late: boolean('late').notNull().default(false),
  lateAcceptedByName: text('late_accepted_by_name'),
  checkNote: text('check_note'),
  redoCount: integer('redo_count').notNull().default(0),
  checkedAt: ts('checked_at'),
  deliveredAt: ts('delivered_at'),
  deliveredLate: boolean('delivered_late').notNull().default(false),
  signerName: text('signer_name'),
  signatureFileId: uuid('signature_file_id'),
  signedAt: ts('signed_at'),
  createdBy: uuid('created_by').notNull(),
  createdByName: text('created_by_name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const psMealDaySheets = pgTable(
  'ps_meal_day_sheets',
  {
    propertyId: uuid('property_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    phonedAt: ts('phoned_at').notNull(),
    phonedByName: text('phoned_by_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.day] })],
);

export const psEvaluations = pgTable(
  'ps_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    supplierId: uuid('supplier_id').notNull(),
    kind: text('kind').$type<EvaluationKind>().notNull(),
    period: text('period').notNull(),
    opinions: text('opinions').notNull(),
    improvements: text('improvements'),
    renew: boolean('renew'),
    decision: text('decision'),
    decidedByName: text('decided_by_name'),
    decidedAt: ts('decided_at'),
    writtenByName: text('written_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.supplierId, t.kind, t.period)],
);

export const psReminders = pgTable(
  'ps_reminders',
  {
    propertyId: uuid('property_id').notNull(),
    what: text('what').notNull(),
    period: text('period').notNull(),
    sentAt: ts('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.what, t.period] })],
);
