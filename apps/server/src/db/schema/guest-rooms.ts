/** Guest rooms and apartments (migration 0044, T6): rooms, stays and their rooms, check sheets, linen, inspections, strangers. */
import { pgTable, uuid, text, integer, timestamp, jsonb, date, boolean, unique, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { CheckLine, KeyOutcome, LinenItem, RoomStatus, RoomType, StayState } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const guestRooms = pgTable(
  'guest_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    building: text('building').notNull(),
    floor: integer('floor').notNull(),
    number: text('number').notNull(),
    roomType: text('room_type').$type<RoomType>().notNull(),
    beds: integer('beds').notNull(),
    status: text('status').$type<RoomStatus>().notNull().default('vacant_clean'),
    statusReason: text('status_reason'),
    statusChangedAt: ts('status_changed_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.propertyId, t.building, t.number)],
);

export const guestStays = pgTable(
  'guest_stays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    hostUnit: text('host_unit').notNull(),
    guests: jsonb('guests').$type<string[]>().notNull().default([]),
    contactPhone: text('contact_phone'),
    roomType: text('room_type').$type<RoomType>().notNull(),
    roomCount: integer('room_count').notNull(),
    state: text('state').$type<StayState>().notNull().default('in_house'),
    checkedInAt: ts('checked_in_at').notNull(),
    plannedCheckOutOn: date('planned_check_out_on').notNull(),
    checkedOutAt: ts('checked_out_at'),
    handoverNote: text('handover_note'),
    checkOutNote: text('check_out_note'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('guest_stays_property_in').on(t.propertyId, t.checkedInAt.desc(), t.id)],
);

export const guestStayRooms = pgTable(
  'guest_stay_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    stayId: uuid('stay_id').notNull(),
    roomId: uuid('room_id').notNull(),
    keysIssued: integer('keys_issued').notNull(),
    keysReturned: integer('keys_returned'),
    keyOutcome: text('key_outcome').$type<KeyOutcome>(),
    keyNote: text('key_note'),
    linenOut: jsonb('linen_out').$type<Record<string, number>>().notNull().default({}),
    linenBack: jsonb('linen_back').$type<Record<string, number>>(),
    linenMissing: integer('linen_missing').notNull().default(0),
    checkedInAt: ts('checked_in_at').notNull(),
    checkedOutAt: ts('checked_out_at'),
  },
  (t) => [
    unique().on(t.stayId, t.roomId),
    uniqueIndex('guest_stay_rooms_open')
      .on(t.roomId)
      .where(sql`checked_out_at is null`),
  ],
);

export const guestRoomChecks = pgTable(
  'guest_room_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    day: date('day').notNull(),
    lines: jsonb('lines').$type<CheckLine[]>().notNull().default([]),
    discrepancies: integer('discrepancies').notNull().default(0),
    signedBy: uuid('signed_by').notNull(),
    signedByName: text('signed_by_name').notNull(),
    signedAt: ts('signed_at').notNull(),
  },
  (t) => [unique().on(t.propertyId, t.day)],
);

export const guestLinenStock = pgTable(
  'guest_linen_stock',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    item: text('item').$type<LinenItem>().notNull(),
    inStore: integer('in_store').notNull().default(0),
    inRooms: integer('in_rooms').notNull().default(0),
    dirty: integer('dirty').notNull().default(0),
    atLaundry: integer('at_laundry').notNull().default(0),
    lost: integer('lost').notNull().default(0),
  },
  (t) => [unique().on(t.propertyId, t.item)],
);

export const guestLaundryBatches = pgTable(
  'guest_laundry_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    sentAt: ts('sent_at').notNull(),
    sentByName: text('sent_by_name').notNull(),
    sent: jsonb('sent').$type<Record<string, number>>().notNull(),
    returnedAt: ts('returned_at'),
    returnedByName: text('returned_by_name'),
    returned: jsonb('returned').$type<Record<string, number>>(),
    shortfall: jsonb('shortfall').$type<Record<string, number>>().notNull().default({}),
    note: text('note'),
  },
  (t) => [index('guest_laundry_batches_property').on(t.propertyId, t.sentAt.desc())],
);

export const guestRoomInspections = pgTable(
  'guest_room_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    roomId: uuid('room_id').notNull(),
    stayId: uuid('stay_id'),
    inspectedAt: ts('inspected_at').notNull(),
    inspectorName: text('inspector_name').notNull(),
    damage: text('damage'),
    consumables: text('consumables'),
    remarks: text('remarks'),
    cleanedAt: ts('cleaned_at'),
    cleanedByName: text('cleaned_by_name'),
  },
  (t) => [index('guest_room_inspections_property').on(t.propertyId, t.inspectedAt.desc())],
);

export const guestLeftItems = pgTable(
  'guest_left_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    inspectionId: uuid('inspection_id').notNull(),
    roomNumber: text('room_number').notNull(),
    description: text('description').notNull(),
    valuable: boolean('valuable').notNull().default(false),
    foundAt: ts('found_at').notNull(),
    foundByName: text('found_by_name').notNull(),
    handedInAt: ts('handed_in_at'),
    handedToName: text('handed_to_name'),
  },
  (t) => [index('guest_left_items_property').on(t.propertyId, t.foundAt.desc())],
);

export const guestStrangerReports = pgTable(
  'guest_stranger_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    building: text('building').notNull(),
    floor: text('floor').notNull(),
    place: text('place'),
    seenAt: ts('seen_at').notNull(),
    description: text('description').notNull(),
    photoIds: jsonb('photo_ids').$type<string[]>().notNull().default([]),
    reportedBy: uuid('reported_by').notNull(),
    reportedByName: text('reported_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    followUp: text('follow_up'),
    closedAt: ts('closed_at'),
    closedByName: text('closed_by_name'),
  },
  (t) => [index('guest_stranger_reports_property').on(t.propertyId, t.seenAt.desc())],
);
