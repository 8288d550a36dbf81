import { pgTable, uuid, text, integer, boolean, jsonb, timestamp, primaryKey } from 'drizzle-orm/pg-core';
import type { CheckStatus, Department, IncidentKind, NoticeStatus, QuantityRule, TaskStatus } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const taskTemplates = pgTable('task_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  code: text('code').notNull(),
  department: text('department').$type<Department>().notNull(),
  title: text('title').notNull(),
  instructions: text('instructions'),
  venueTypes: text('venue_types').array().notNull().default([]),
  venueClasses: text('venue_classes').array().notNull().default([]),
  excludeVenueTypes: text('exclude_venue_types').array().notNull().default([]),
  services: text('services').array().notNull().default([]),
  offsetMinutes: integer('offset_minutes'),
  dayBeforeAt: text('day_before_at'),
  quantity: jsonb('quantity').$type<QuantityRule>().notNull().default({ rule: 'none' }),
  repeatMinutes: integer('repeat_minutes'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** What the 《会议服务通知单》 prints (a snapshot of the booking at issue). */
export interface NoticeContent {
  bookingNumber: string; meetingName: string; startAt: string; endAt: string;
  venue: { id: string; name: string; type: string; class: string; building: string | null; buildingCode: string | null };
  linkedVenues: string[]; organizerUnit: string; contactName: string; contactPhone: string; attendeeCount: number; layout: string | null;
  services: unknown[]; notes: string | null; importance: string; cupType: string; cupTypeText: string; servingOrder: readonly string[];
  confidentiality: string;
}

export const serviceNotices = pgTable('service_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  bookingId: uuid('booking_id').notNull(),
  number: text('number').notNull(),
  version: integer('version').notNull().default(1),
  status: text('status').$type<NoticeStatus>().notNull().default('active'),
  bookingVersion: integer('booking_version').notNull(),
  startAt: ts('start_at').notNull(),
  endAt: ts('end_at').notNull(),
  venueId: uuid('venue_id').notNull(),
  content: jsonb('content').$type<NoticeContent>().notNull(),
  conferenceBuilding: boolean('conference_building').notNull().default(false),
  noticeDeadline: ts('notice_deadline'),
  readyDeadline: ts('ready_deadline'),
  issuedLate: boolean('issued_late').notNull().default(false),
  issuedBy: uuid('issued_by'),
  issuedAt: ts('issued_at').notNull(),
  startedAt: ts('started_at'),
  startedBy: uuid('started_by'),
  endedAt: ts('ended_at'),
  endedBy: uuid('ended_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const noticeDepartments = pgTable('notice_departments', {
  noticeId: uuid('notice_id').notNull(),
  department: text('department').$type<Department>().notNull(),
  readyAt: ts('ready_at'),
  readyBy: uuid('ready_by'),
  verifiedAt: ts('verified_at'),
  verifiedBy: uuid('verified_by'),
}, (t) => [primaryKey({ columns: [t.noticeId, t.department] })]);

export const meetingTasks = pgTable('meeting_tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  department: text('department').$type<Department>().notNull(),
  key: text('key').notNull(),
  title: text('title').notNull(),
  instructions: text('instructions'),
  dueAt: ts('due_at').notNull(),
  quantity: integer('quantity'),
  unit: text('unit'),
  sort: integer('sort').notNull().default(0),
  status: text('status').$type<TaskStatus>().notNull().default('open'),
  doneBy: uuid('done_by'),
  doneAt: ts('done_at'),
  note: text('note'),
  photoUrl: text('photo_url'),
  overdueAlertedAt: ts('overdue_alerted_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const meetingChecks = pgTable('meeting_checks', {
  noticeId: uuid('notice_id').notNull(),
  level: integer('level').notNull(),
  propertyId: uuid('property_id').notNull(),
  dueAt: ts('due_at').notNull(),
  status: text('status').$type<CheckStatus>().notNull().default('pending'),
  finding: text('finding'),
  checkedBy: uuid('checked_by'),
  checkedAt: ts('checked_at'),
  missedAt: ts('missed_at'),
}, (t) => [primaryKey({ columns: [t.noticeId, t.level] })]);

export const meetingIncidents = pgTable('meeting_incidents', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  noticeId: uuid('notice_id').notNull(),
  kind: text('kind').$type<IncidentKind>().notNull(),
  severity: text('severity').$type<'normal' | 'serious'>().notNull().default('normal'),
  description: text('description').notNull(),
  handledBy: text('handled_by'),
  handling: text('handling'),
  escalated: boolean('escalated').notNull().default(false),
  reportedBy: uuid('reported_by').notNull(),
  reportedAt: ts('reported_at').notNull(),
  resolvedBy: uuid('resolved_by'),
  resolvedAt: ts('resolved_at'),
});
