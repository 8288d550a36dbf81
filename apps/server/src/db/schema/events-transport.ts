/** Large events (migration 0049, M13): transport — vehicles, transfers and their passengers. */
import { pgTable, uuid, text, integer, timestamp, boolean, unique, index, primaryKey } from 'drizzle-orm/pg-core';
import type { TransferKind, VehicleType } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const eventVehicles = pgTable(
  'event_vehicles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    plate: text('plate').notNull(),
    type: text('type').$type<VehicleType>().notNull(),
    seats: integer('seats').notNull(),
    hired: boolean('hired').notNull().default(false),
    company: text('company'),
    dayRateFen: integer('day_rate_fen'),
    driverName: text('driver_name').notNull(),
    driverPhone: text('driver_phone').notNull(),
    driverUserId: uuid('driver_user_id'),
    notes: text('notes'),
    dispatchedAt: ts('dispatched_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('event_vehicles_plate_unique').on(t.eventId, t.plate)],
);

export const eventTransfers = pgTable(
  'event_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    kind: text('kind').$type<TransferKind>().notNull(),
    fromPlace: text('from_place').notNull(),
    toPlace: text('to_place').notNull(),
    departsAt: ts('departs_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    vehicleId: uuid('vehicle_id'),
    status: text('status').$type<'planned' | 'done'>().notNull().default('planned'),
    notes: text('notes'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('event_transfers_event_idx').on(t.eventId, t.departsAt)],
);

export const eventTransferPassengers = pgTable(
  'event_transfer_passengers',
  {
    transferId: uuid('transfer_id').notNull(),
    guestId: uuid('guest_id').notNull(),
    eventId: uuid('event_id').notNull(),
    seats: integer('seats').notNull().default(1),
    departsAt: ts('departs_at').notNull(),
    endsAt: ts('ends_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.transferId, t.guestId] }), index('event_transfer_passengers_guest_idx').on(t.guestId)],
);
