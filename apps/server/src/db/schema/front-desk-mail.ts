import { pgTable, uuid, text, boolean, timestamp, integer, date, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  MailCondition,
  MailDirection,
  MailFrequency,
  MailHandling,
  MailIncidentKind,
  MailKind,
  MailSigner,
  MailSignMethod,
  MailStatus,
} from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Mail and parcels (F4, migration 0022): every item, incoming or outgoing, with its hand-over. */
export const mailItems = pgTable(
  'mail_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    number: text('number').notNull(),
    direction: text('direction').$type<MailDirection>().notNull(),
    kind: text('kind').$type<MailKind>().notNull(),
    carrier: text('carrier'),
    trackingNo: text('tracking_no'),
    pieces: integer('pieces').notNull().default(1),
    recipientEntryId: uuid('recipient_entry_id'),
    recipientName: text('recipient_name').notNull(),
    recipientUnit: text('recipient_unit'),
    recipientUserId: uuid('recipient_user_id'),
    recipientOrganizationId: uuid('recipient_organization_id'),
    pigeonhole: text('pigeonhole').notNull(),
    condition: text('condition').$type<MailCondition>().notNull().default('ok'),
    handling: text('handling').$type<MailHandling>().notNull().default('none'),
    important: boolean('important').notNull().default(false),
    confidential: boolean('confidential').notNull().default(false),
    status: text('status').$type<MailStatus>().notNull(),
    note: text('note'),
    destination: text('destination'),
    labelFileId: uuid('label_file_id'),
    receivedAt: ts('received_at').notNull(),
    loggedBy: uuid('logged_by').notNull(),
    loggedByName: text('logged_by_name').notNull(),
    notifiedAt: ts('notified_at'),
    remindedAt: ts('reminded_at'),
    remindCount: integer('remind_count').notNull().default(0),
    signer: text('signer').$type<MailSigner>(),
    signerName: text('signer_name'),
    signMethod: text('sign_method').$type<MailSignMethod>(),
    signatureFileId: uuid('signature_file_id'),
    pickedUpAt: ts('picked_up_at'),
    clerkId: uuid('clerk_id'),
    clerkName: text('clerk_name'),
    courierReceiptNo: text('courier_receipt_no'),
    closedNote: text('closed_note'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mail_items_number_key').on(t.propertyId, t.number)],
);

/**
 * Newspapers and magazines the property subscribes to (0022, 0029): title, publisher, carrier, for whom,
 * copies per issue (per_day), how often an issue comes, stopped.
 */
export const mailSubscriptions = pgTable('mail_subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  title: text('title').notNull(),
  recipientName: text('recipient_name').notNull(),
  perDay: integer('per_day').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  publisher: text('publisher'),
  carrier: text('carrier'),
  recipientEntryId: uuid('recipient_entry_id'),
  frequency: text('frequency').$type<MailFrequency>().notNull().default('daily'),
  issueDay: integer('issue_day'),
  stoppedAt: ts('stopped_at'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A day's delivery of one title checked against its subscription; a discrepancy is held against the carrier. */
export const mailNewspaperChecks = pgTable(
  'mail_newspaper_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    carrier: text('carrier'),
    expected: integer('expected').notNull(),
    received: integer('received').notNull(),
    note: text('note'),
    checkedBy: uuid('checked_by').notNull(),
    checkedByName: text('checked_by_name').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [uniqueIndex('mail_newspaper_checks_day_key').on(t.subscriptionId, t.day)],
);

/** A misdelivery or a lost item: counted against the month's accuracy. */
export const mailIncidents = pgTable('mail_incidents', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  itemId: uuid('item_id').notNull(),
  kind: text('kind').$type<MailIncidentKind>().notNull(),
  note: text('note').notNull(),
  at: ts('at').notNull(),
  byId: uuid('by_id').notNull(),
  byName: text('by_name').notNull(),
});
