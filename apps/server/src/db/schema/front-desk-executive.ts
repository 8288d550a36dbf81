import { pgTable, uuid, text, boolean, timestamp } from 'drizzle-orm/pg-core';
import type { ExecDepartment, ExecRequestKind, ExecRequestStatus } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The executive floor's requests (领导层服务, F6; migration 0024). */
export const executiveRequests = pgTable('executive_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  executiveId: uuid('executive_id').notNull(),
  kind: text('kind').$type<ExecRequestKind>().notNull(),
  department: text('department').$type<ExecDepartment>().notNull(),
  detail: text('detail'),
  whenOut: boolean('when_out').notNull().default(false),
  windowFrom: ts('window_from'),
  windowTo: ts('window_to'),
  dueAt: ts('due_at').notNull(),
  via: text('via').$type<'phone' | 'in_person' | 'recurring'>().notNull(),
  status: text('status').$type<ExecRequestStatus>().notNull().default('open'),
  recurringKey: text('recurring_key'),
  requestedBy: uuid('requested_by'),
  acceptedBy: uuid('accepted_by'),
  acceptedAt: ts('accepted_at'),
  doneBy: uuid('done_by'),
  doneAt: ts('done_at'),
  note: text('note'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
