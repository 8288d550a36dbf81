import { pgTable, uuid, text, integer, boolean, jsonb, timestamp, customType, primaryKey, date } from 'drizzle-orm/pg-core';
import type { BookingStatus, BookingChannel, Confidentiality, Importance, BookingServiceItem, BookingApplicationForm } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Written with sql`tstzrange(…)`; read as its text form, e.g. ["2026-05-01 08:00:00+00","2026-05-01 10:00:00+00"). */
const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export const bookings = pgTable('bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  number: text('number').notNull(),
  venueId: uuid('venue_id').notNull(),
  linkedVenueIds: uuid('linked_venue_ids').array().notNull().default([]),
  startAt: ts('start_at').notNull(),
  endAt: ts('end_at').notNull(),
  setupMinutes: integer('setup_minutes').notNull().default(0),
  cleanupMinutes: integer('cleanup_minutes').notNull().default(0),
  status: text('status').$type<BookingStatus>().notNull(),
  organizationId: uuid('organization_id'),
  organizerUnit: text('organizer_unit').notNull(),
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone').notNull(),
  topic: text('topic').notNull(),
  attendeeCount: integer('attendee_count').notNull(),
  layout: text('layout'),
  services: jsonb('services').$type<BookingServiceItem[]>().notNull().default([]),
  confidentiality: text('confidentiality').$type<Confidentiality>().notNull().default('public'),
  importance: text('importance').$type<Importance>().notNull().default('ordinary'),
  channel: text('channel').$type<BookingChannel>().notNull(),
  notes: text('notes'),
  specialSetup: boolean('special_setup').notNull().default(false),
  setupPlan: text('setup_plan'),
  application: jsonb('application').$type<BookingApplicationForm | null>(),
  leadTimeOverrideReason: text('lead_time_override_reason'),
  leadTimeOverrideBy: uuid('lead_time_override_by'),
  createdBy: uuid('created_by').notNull(),
  requestedAt: ts('requested_at').notNull(),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  decisionReason: text('decision_reason'),
  cancelledBy: uuid('cancelled_by'),
  cancelledAt: ts('cancelled_at'),
  cancelReason: text('cancel_reason'),
  version: integer('version').notNull().default(1),
  seriesId: uuid('series_id'),
  occurrenceDate: date('occurrence_date', { mode: 'string' }),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A booking's hold (booking_id) or a closure's (closure_id): exactly one of the two (0004). */
export const bookingHolds = pgTable('booking_holds', {
  bookingId: uuid('booking_id'),
  closureId: uuid('closure_id'),
  propertyId: uuid('property_id').notNull(),
  venueId: uuid('venue_id').notNull(),
  during: tstzrange('during').notNull(),
  active: boolean('active').notNull().default(true),
});

/** Template of a series: the booking fields every occurrence copies. */
export type SeriesTemplate = Record<string, unknown>;

export const bookingSeries = pgTable('booking_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  venueId: uuid('venue_id').notNull(),
  rrule: text('rrule').notNull(),
  dtstart: ts('dtstart').notNull(),
  untilAt: ts('until_at'),
  count: integer('count'),
  durationMinutes: integer('duration_minutes').notNull(),
  exdates: date('exdates', { mode: 'string' }).array().notNull().default([]),
  template: jsonb('template').$type<SeriesTemplate>().notNull(),
  createdBy: uuid('created_by').notNull(),
  cancelledBy: uuid('cancelled_by'),
  cancelledAt: ts('cancelled_at'),
  cancelReason: text('cancel_reason'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const venueClosures = pgTable('venue_closures', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  venueId: uuid('venue_id').notNull(),
  during: tstzrange('during').notNull(),
  reason: text('reason').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const venueClosureBookings = pgTable(
  'venue_closure_bookings',
  {
    closureId: uuid('closure_id').notNull(),
    bookingId: uuid('booking_id').notNull(),
    resolution: text('resolution').$type<'moved' | 'cancelled' | 'kept'>(),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [primaryKey({ columns: [t.closureId, t.bookingId] })],
);

export const calendarFeeds = pgTable('calendar_feeds', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<'venue' | 'organization'>().notNull(),
  targetId: uuid('target_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  revokedAt: ts('revoked_at'),
});

export const bureauReports = pgTable('bureau_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  reportDate: date('report_date', { mode: 'string' }).notNull(),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }).notNull(),
  rows: jsonb('rows').$type<Record<string, unknown>[]>().notNull(),
  generatedAt: ts('generated_at').notNull(),
});
