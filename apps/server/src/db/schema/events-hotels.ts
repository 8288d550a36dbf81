/** Large events' hotels (migration 0048, M13): hotels, room blocks by night, rooms, guest nights, the change log. */
import { pgTable, uuid, text, integer, timestamp, date, boolean, unique, index, primaryKey } from 'drizzle-orm/pg-core';
import type { HotelRoomType } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const eventHotels = pgTable(
  'event_hotels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    contact: text('contact'),
    email: text('email'),
    notes: text('notes'),
    sort: integer('sort').notNull().default(0),
    sentAt: ts('sent_at'),
    sentVersion: integer('sent_version').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.eventId, t.name)],
);

export const eventRoomBlocks = pgTable(
  'event_room_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    hotelId: uuid('hotel_id').notNull(),
    roomType: text('room_type').$type<HotelRoomType>().notNull(),
    night: date('night').notNull(),
    rooms: integer('rooms').notNull(),
    used: integer('used').notNull().default(0),
    priceFen: integer('price_fen').notNull(),
    releaseOn: date('release_on').notNull(),
    releaseNotifiedAt: ts('release_notified_at'),
  },
  (t) => [unique().on(t.hotelId, t.roomType, t.night), index('event_room_blocks_event_idx').on(t.eventId, t.releaseOn)],
);

export const eventRooms = pgTable(
  'event_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    hotelId: uuid('hotel_id').notNull(),
    roomType: text('room_type').$type<HotelRoomType>().notNull(),
    shared: boolean('shared').notNull().default(false),
    roomNo: text('room_no'),
    checkInOn: date('check_in_on').notNull(),
    checkOutOn: date('check_out_on').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('event_rooms_event_idx').on(t.eventId, t.hotelId)],
);

export const eventRoomGuests = pgTable(
  'event_room_guests',
  {
    roomId: uuid('room_id').notNull(),
    eventId: uuid('event_id').notNull(),
    guestId: uuid('guest_id').notNull(),
    night: date('night').notNull(),
  },
  (t) => [primaryKey({ columns: [t.guestId, t.night] }), index('event_room_guests_room_idx').on(t.roomId)],
);

export const eventRoomChanges = pgTable(
  'event_room_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    hotelId: uuid('hotel_id'),
    roomId: uuid('room_id'),
    action: text('action').$type<'assigned' | 'moved' | 'cancelled' | 'auto'>().notNull(),
    summary: text('summary').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('event_room_changes_event_idx').on(t.eventId, t.at.desc())],
);
