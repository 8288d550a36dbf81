/** The business center (migration 0042, T5): prices, service slips, faxes received, suspicious-document reports. */
import { pgTable, uuid, text, integer, bigint, timestamp, jsonb, unique, index } from 'drizzle-orm/pg-core';
import type {
  BcFaxSituation,
  BcFaxState,
  BcPayment,
  BcPrices,
  BcReportKind,
  BcSlipDetails,
  BcSlipKind,
  BcSlipState,
  BcHandover,
} from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const bcPrices = pgTable('bc_prices', {
  propertyId: uuid('property_id').primaryKey(),
  prices: jsonb('prices').$type<BcPrices>().notNull(),
  updatedByName: text('updated_by_name'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const bcSlips = pgTable(
  'bc_slips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    number: text('number').notNull(),
    kind: text('kind').$type<BcSlipKind>().notNull(),
    state: text('state').$type<BcSlipState>().notNull().default('open'),
    organizationId: uuid('organization_id'),
    unitId: uuid('unit_id'),
    customerName: text('customer_name').notNull(),
    details: jsonb('details').$type<BcSlipDetails>().notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    operatorName: text('operator_name'),
    finishedAt: ts('finished_at'),
    payment: text('payment').$type<BcPayment>(),
    signerName: text('signer_name'),
    signatureFileId: uuid('signature_file_id'),
    signedAt: ts('signed_at'),
    handover: jsonb('handover').$type<BcHandover>(),
    handoverAt: ts('handover_at'),
    handoverByName: text('handover_by_name'),
    takenOverAt: ts('taken_over_at'),
    takenOverByName: text('taken_over_by_name'),
    voidReason: text('void_reason'),
    voidedAt: ts('voided_at'),
    voidedByName: text('voided_by_name'),
    voidSignatureFileId: uuid('void_signature_file_id'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('bc_slips_property_id_number_key').on(t.propertyId, t.number),
    index('bc_slips_property_created').on(t.propertyId, t.createdAt.desc(), t.id),
  ],
);

export const bcFaxesIn = pgTable(
  'bc_faxes_in',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    receivedAt: ts('received_at').notNull(),
    recipientName: text('recipient_name').notNull(),
    unitText: text('unit_text'),
    organizationId: uuid('organization_id'),
    pages: integer('pages').notNull(),
    sender: text('sender'),
    situation: text('situation').$type<BcFaxSituation>().notNull().default('normal'),
    state: text('state').$type<BcFaxState>().notNull().default('waiting'),
    phonedAt: ts('phoned_at'),
    phonedWhom: text('phoned_whom'),
    phonedByName: text('phoned_by_name'),
    noticeLeftAt: ts('notice_left_at'),
    csAskedAt: ts('cs_asked_at'),
    frontDeskNoteAt: ts('front_desk_note_at'),
    collectedAt: ts('collected_at'),
    collectedByName: text('collected_by_name'),
    collectedSignatureFileId: uuid('collected_signature_file_id'),
    filedAt: ts('filed_at'),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('bc_faxes_in_property_received').on(t.propertyId, t.receivedAt.desc(), t.id)],
);

export const bcReports = pgTable(
  'bc_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    kind: text('kind').$type<BcReportKind>().notNull(),
    description: text('description').notNull(),
    slipId: uuid('slip_id'),
    faxId: uuid('fax_id'),
    reportedAt: ts('reported_at').notNull(),
    reportedByName: text('reported_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('bc_reports_property').on(t.propertyId, t.reportedAt.desc())],
);
