import { pgTable, uuid, text, integer, boolean, jsonb, timestamp, bigserial, bigint, date, primaryKey, numeric } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();

export const properties = pgTable('properties', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  address: text('address'),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  workStart: text('work_start').notNull().default('08:30'),
  workEnd: text('work_end').notNull().default('17:30'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: created(),
  updatedAt: updated(),
});

export const buildings = pgTable('buildings', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  floorsAbove: integer('floors_above').notNull().default(1),
  floorsBelow: integer('floors_below').notNull().default(0),
  sort: integer('sort').notNull().default(0),
  createdAt: created(),
  updatedAt: updated(),
});

export const floors = pgTable('floors', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  buildingId: uuid('building_id').notNull(),
  level: integer('level').notNull(),
  label: text('label').notNull(),
});

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').$type<'government' | 'company' | 'other'>().notNull().default('government'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  createdAt: created(),
  updatedAt: updated(),
});

export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  buildingId: uuid('building_id').notNull(),
  floorId: uuid('floor_id'),
  code: text('code').notNull(),
  name: text('name'),
  households: integer('households').notNull().default(1),
  organizationId: uuid('organization_id'),
  phone: text('phone'),
  /** The area the management fee is charged on (0039; null until set on the fee-items page). */
  billingAreaSqm: numeric('billing_area_sqm', { precision: 10, scale: 2 }),
  createdAt: created(),
  updatedAt: updated(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  email: text('email'),
  phone: text('phone'),
  organizationId: uuid('organization_id'),
  unitId: uuid('unit_id'),
  locale: text('locale').notNull().default('zh-CN'),
  disabled: boolean('disabled').notNull().default(false),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  passwordChangedAt: ts('password_changed_at'),
  createdAt: created(),
  updatedAt: updated(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    role: text('role').notNull(),
    grantedBy: uuid('granted_by'),
    grantedAt: ts('granted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.propertyId, t.role] })],
);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  createdAt: created(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
});

export const loginFailures = pgTable('login_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  username: text('username').notNull(),
  ip: text('ip'),
  at: ts('at').notNull().defaultNow(),
});

export interface VenueLayout {
  layout: string;
  capacity: number;
  setupMinutes?: number;
  cleanupMinutes?: number;
}
export interface VenueEquipment {
  code: string;
  qty: number;
}
export interface LeadTime {
  value: number;
  unit: 'minutes' | 'hours' | 'working_hours' | 'working_days' | 'calendar_days';
}

export const venues = pgTable('venues', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  buildingId: uuid('building_id').notNull(),
  floorId: uuid('floor_id'),
  code: text('code').notNull(),
  name: text('name').notNull(),
  venueType: text('venue_type').notNull(),
  venueClass: text('venue_class').$type<'A' | 'B' | 'C'>().notNull(),
  seats: integer('seats').notNull(),
  minAttendees: integer('min_attendees'),
  layouts: jsonb('layouts').$type<VenueLayout[]>().notNull().default([]),
  defaultLayout: text('default_layout'),
  equipment: jsonb('equipment').$type<VenueEquipment[]>().notNull().default([]),
  leadTime: jsonb('lead_time').$type<LeadTime | null>(),
  openFrom: text('open_from').notNull().default('07:00'),
  openTo: text('open_to').notNull().default('22:00'),
  bookable: boolean('bookable').notNull().default(true),
  restricted: boolean('restricted').notNull().default(false),
  description: text('description'),
  createdAt: created(),
  updatedAt: updated(),
});

export const venueLinks = pgTable(
  'venue_links',
  {
    venueId: uuid('venue_id').notNull(),
    linkedVenueId: uuid('linked_venue_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.venueId, t.linkedVenueId] })],
);

export const venueManagers = pgTable(
  'venue_managers',
  {
    venueId: uuid('venue_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.venueId, t.userId] })],
);

export const venueAllowedOrganizations = pgTable(
  'venue_allowed_organizations',
  {
    venueId: uuid('venue_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.venueId, t.organizationId] })],
);

export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  propertyId: uuid('property_id'),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  changes: jsonb('changes').$type<Record<string, [unknown, unknown]> | null>(),
  meta: jsonb('meta').$type<Record<string, unknown> | null>(),
  requestId: text('request_id'),
  ip: text('ip'),
  at: ts('at').notNull().defaultNow(),
});

export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    propertyId: uuid('property_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind').$type<'holiday' | 'workday'>().notNull(),
    name: text('name'),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.day] })],
);

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id'),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  /** the message key and its parameters (packages/contracts notifications/messages.ts); null on rows from before keys */
  messageKey: text('message_key'),
  params: jsonb('params').$type<Record<string, unknown> | null>(),
  /** the zh-CN rendering: the fallback */
  title: text('title').notNull(),
  body: text('body'),
  link: text('link'),
  data: jsonb('data').$type<Record<string, unknown> | null>(),
  severity: text('severity').$type<'info' | 'warning' | 'critical'>().notNull().default('info'),
  readAt: ts('read_at'),
  createdAt: created(),
});

export const outbox = pgTable('outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  notificationId: uuid('notification_id'),
  channel: text('channel').$type<'email' | 'sms' | 'webhook'>().notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject'),
  body: text('body').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown> | null>(),
  status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
  lastError: text('last_error'),
  sentAt: ts('sent_at'),
  createdAt: created(),
});

export const jobs = pgTable('jobs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  runAt: ts('run_at').notNull().defaultNow(),
  status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(5),
  lastError: text('last_error'),
  lockedAt: ts('locked_at'),
  lockedBy: text('locked_by'),
  uniqueKey: text('unique_key'),
  createdAt: created(),
  finishedAt: ts('finished_at'),
});

export const counters = pgTable(
  'counters',
  {
    propertyId: uuid('property_id').notNull(),
    key: text('key').notNull(),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.key] })],
);
