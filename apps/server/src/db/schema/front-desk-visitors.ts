import { pgTable, uuid, text, integer, boolean, timestamp, jsonb } from 'drizzle-orm/pg-core';
import type { ConsentAnswer, ConsentChannel, IdType, VisitKind, VisitStatus, WatchKind } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface VisitConsentRow {
  channel: ConsentChannel;
  answer: ConsentAnswer;
  consenterName: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  at: string;
  note: string | null;
}
export interface VisitHoldRow {
  entryId: string;
  kind: WatchKind;
  value: string;
  reason: string;
  decision: 'admit' | 'refuse' | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  note: string | null;
}

/** Visits (来访登记, migration 0021): appointments and walk-ins, the host's consent, ID, slip, sign-in and sign-out. */
export const visits = pgTable('visits', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  number: text('number').notNull(),
  kind: text('kind').$type<VisitKind>().notNull(),
  status: text('status').$type<VisitStatus>().notNull(),
  hostEntryId: uuid('host_entry_id').notNull(),
  hostUserId: uuid('host_user_id'),
  visitorName: text('visitor_name').notNull(),
  visitorPhone: text('visitor_phone'),
  company: text('company'),
  idType: text('id_type').$type<IdType>(),
  idNumber: text('id_number'),
  partySize: integer('party_size').notNull().default(1),
  carPlate: text('car_plate'),
  badgeNo: text('badge_no'),
  purpose: text('purpose'),
  noticeId: uuid('notice_id'),
  expectedAt: ts('expected_at'),
  consent: jsonb('consent').$type<VisitConsentRow>(),
  consentDeadline: ts('consent_deadline'),
  hold: jsonb('hold').$type<VisitHoldRow>(),
  slipToken: text('slip_token'),
  checkedInAt: ts('checked_in_at'),
  checkedInBy: uuid('checked_in_by'),
  checkedOutAt: ts('checked_out_at'),
  checkedOutBy: uuid('checked_out_by'),
  remindedAt: ts('reminded_at'),
  /** 0028: the meeting attendee this guest was pre-registered from (unique: a second run adds nothing). */
  meetingAttendeeId: uuid('meeting_attendee_id'),
  noShowAt: ts('no_show_at'),
  noShowBy: uuid('no_show_by'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** The watch list (关注名单): names, ID numbers, phones and keywords that hold a visitor for a supervisor. */
export const visitorWatchList = pgTable('visitor_watch_list', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<WatchKind>().notNull(),
  value: text('value').notNull(),
  reason: text('reason').notNull(),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
