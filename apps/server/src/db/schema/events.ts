/** Large events (migration 0045, M13): events, their groups, members and briefs, the programme's sessions, the guests. */
import { pgTable, uuid, text, integer, timestamp, jsonb, date, boolean, unique, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Confidentiality, EventStatus } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface DutyItem {
  id: string;
  text: string;
  done: boolean;
  doneBy: string | null;
  doneByName: string | null;
  doneAt: string | null;
  briefId: string | null;
  /** a default duty's key ('secretariat.3'): shown in the reader's language */
  key: string | null;
}
export interface Companion {
  name: string;
  relation: string | null;
}

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    hostUnit: text('host_unit').notNull(),
    organizationId: uuid('organization_id'),
    content: text('content'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    scope: text('scope'),
    expectedCount: integer('expected_count').notNull(),
    confidentiality: text('confidentiality').$type<Confidentiality>().notNull().default('public'),
    status: text('status').$type<EventStatus>().notNull().default('planning'),
    ownerId: uuid('owner_id').notNull(),
    supervisorId: uuid('supervisor_id'),
    mainSessionId: uuid('main_session_id'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.propertyId, t.number), index('events_property_idx').on(t.propertyId, t.startsOn.desc())],
);

export const eventGroups = pgTable(
  'event_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    leaderId: uuid('leader_id'),
    duties: jsonb('duties').$type<DutyItem[]>().notNull().default([]),
    sort: integer('sort').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.eventId, t.name)],
);

export const eventGroupMembers = pgTable(
  'event_group_members',
  {
    groupId: uuid('group_id').notNull(),
    eventId: uuid('event_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('event_group_members_user_idx').on(t.userId, t.eventId)],
);

export const eventBriefs = pgTable(
  'event_briefs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    fromGroupId: uuid('from_group_id').notNull(),
    toGroupIds: uuid('to_group_ids').array().notNull(),
    title: text('title').notNull(),
    body: text('body'),
    dueAt: ts('due_at'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('event_briefs_event_idx').on(t.eventId, t.createdAt.desc())],
);

export const EVENT_SESSION_KINDS = ['plenary', 'group', 'meal', 'visit', 'transfer', 'other'] as const;
export type EventSessionKind = (typeof EVENT_SESSION_KINDS)[number];

export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    kind: text('kind').$type<EventSessionKind>().notNull(),
    title: text('title').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    venueId: uuid('venue_id'),
    place: text('place'),
    bookingId: uuid('booking_id'),
    expectedCount: integer('expected_count'),
    notes: text('notes'),
    sort: integer('sort').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_sessions_event_idx').on(t.eventId, t.startsAt),
    uniqueIndex('event_sessions_booking_idx')
      .on(t.bookingId)
      .where(sql`booking_id is not null`),
  ],
);

export type Rsvp = 'draft' | 'invited' | 'registered' | 'declined' | 'cancelled';
export type TravelMode = 'train' | 'plane' | 'car' | 'other';

export const eventGuests = pgTable(
  'event_guests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    kind: text('kind').$type<'guest' | 'speaker' | 'staff'>().notNull().default('guest'),
    name: text('name').notNull(),
    organization: text('organization'),
    title: text('title'),
    gender: text('gender').$type<'m' | 'f'>(),
    phone: text('phone'),
    email: text('email'),
    idNo: text('id_no'),
    vip: boolean('vip').notNull().default(false),
    inviteToken: text('invite_token').notNull().unique(),
    rsvp: text('rsvp').$type<Rsvp>().notNull().default('draft'),
    invitedAt: ts('invited_at'),
    reminders: integer('reminders').notNull().default(0),
    remindedAt: ts('reminded_at'),
    registeredAt: ts('registered_at'),
    arrivalAt: ts('arrival_at'),
    arrivalMode: text('arrival_mode').$type<TravelMode>(),
    arrivalRef: text('arrival_ref'),
    arrivalStation: text('arrival_station'),
    departureAt: ts('departure_at'),
    departureMode: text('departure_mode').$type<TravelMode>(),
    departureRef: text('departure_ref'),
    departureStation: text('departure_station'),
    dietary: text('dietary').$type<'none' | 'vegetarian' | 'halal' | 'other'>().notNull().default('none'),
    dietaryNote: text('dietary_note'),
    hotelWish: text('hotel_wish').$type<'none' | 'needed' | 'own'>().notNull().default('none'),
    roomShare: text('room_share').$type<'any' | 'single' | 'shared'>().notNull().default('any'),
    companions: jsonb('companions').$type<Companion[]>().notNull().default([]),
    attendDays: date('attend_days').array().notNull().default([]),
    sessionIds: uuid('session_ids').array().notNull().default([]),
    meals: text('meals').array().notNull().default([]),
    notes: text('notes'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('event_guests_event_idx').on(t.eventId, t.rsvp, t.name)],
);
