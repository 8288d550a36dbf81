/** Front desk tables (migration 0023): the message book, business calls, lending items and loans (F2, F3). */
import { pgTable, uuid, text, boolean, integer, timestamp } from 'drizzle-orm/pg-core';
import type { LoanCondition, MessageDeliveredHow, MessageStatus } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** 留言簿: a message for a tenant or a staff member, and its delivery. */
export const deskMessages = pgTable('desk_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  recipientEntryId: uuid('recipient_entry_id').notNull(),
  recipientName: text('recipient_name').notNull(),
  recipientUserId: uuid('recipient_user_id'),
  recipientOrganizationId: uuid('recipient_organization_id'),
  callerName: text('caller_name').notNull(),
  callerPhone: text('caller_phone'),
  callerCompany: text('caller_company'),
  content: text('content').notNull(),
  urgent: boolean('urgent').notNull().default(false),
  status: text('status').$type<MessageStatus>().notNull(),
  takenBy: uuid('taken_by').notNull(),
  takenByName: text('taken_by_name').notNull(),
  takenAt: ts('taken_at').notNull(),
  notifiedAt: ts('notified_at'),
  deliveredAt: ts('delivered_at'),
  deliveredHow: text('delivered_how').$type<MessageDeliveredHow>(),
  deliveredBy: uuid('delivered_by'),
  deliveredByName: text('delivered_by_name'),
});

/** 业务来电: business calls that are neither repairs nor complaints. */
export const deskCalls = pgTable('desk_calls', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  callerName: text('caller_name').notNull(),
  callerPhone: text('caller_phone'),
  topic: text('topic').notNull(),
  departmentEntryId: uuid('department_entry_id'),
  departmentName: text('department_name'),
  note: text('note'),
  durationMin: integer('duration_min'),
  takenBy: uuid('taken_by').notNull(),
  takenByName: text('taken_by_name').notNull(),
  takenAt: ts('taken_at').notNull(),
});

/** 便民服务 items with their stock (available never below zero: a check constraint and guarded updates). */
export const lendingItems = pgTable('lending_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en'),
  total: integer('total').notNull(),
  available: integer('available').notNull(),
  loanHours: integer('loan_hours').notNull().default(24),
  note: text('note'),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A loan of one item (n pieces) to a person: lent, due, returned (ok, damaged or lost). */
export const loans = pgTable('loans', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  itemId: uuid('item_id').notNull(),
  quantity: integer('quantity').notNull(),
  borrowerName: text('borrower_name').notNull(),
  borrowerPhone: text('borrower_phone'),
  borrowerEntryId: uuid('borrower_entry_id'),
  borrowerCompany: text('borrower_company'),
  lentAt: ts('lent_at').notNull(),
  lentBy: uuid('lent_by').notNull(),
  lentByName: text('lent_by_name').notNull(),
  dueAt: ts('due_at').notNull(),
  remindedAt: ts('reminded_at'),
  returnedAt: ts('returned_at'),
  returnedBy: uuid('returned_by'),
  returnedByName: text('returned_by_name'),
  condition: text('condition').$type<LoanCondition>(),
  note: text('note'),
  returnNote: text('return_note'),
});
