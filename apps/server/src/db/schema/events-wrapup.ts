/** Large events, before and after (migration 0053, M13): inspection, record items, survey, the work summary. */
import { pgTable, uuid, text, integer, timestamp, jsonb, date, boolean, index } from 'drizzle-orm/pg-core';
import type { InspectionItem, RecordCategory, SummaryFigures, SummarySections, SurveyRatings } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const eventInspections = pgTable('event_inspections', {
  eventId: uuid('event_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  scheduledOn: date('scheduled_on').notNull(),
  leaderName: text('leader_name'),
  leaderTitle: text('leader_title'),
  items: jsonb('items').$type<InspectionItem[]>().notNull().default([]),
  inspectedAt: ts('inspected_at'),
  recordedBy: uuid('recorded_by'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const eventRecordItems = pgTable(
  'event_record_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    category: text('category').$type<RecordCategory>().notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id'),
    archiveRef: text('archive_ref'),
    confidential: boolean('confidential').notNull().default(false),
    handedOverAt: ts('handed_over_at'),
    handedOverBy: uuid('handed_over_by'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('event_record_items_event_idx').on(t.eventId, t.createdAt)],
);

export const eventSurveys = pgTable('event_surveys', {
  eventId: uuid('event_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  sentAt: ts('sent_at').notNull(),
  sentBy: uuid('sent_by').notNull(),
  sentCount: integer('sent_count').notNull().default(0),
});

export const eventSurveyAnswers = pgTable(
  'event_survey_answers',
  {
    guestId: uuid('guest_id').primaryKey(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    ratings: jsonb('ratings').$type<SurveyRatings>().notNull(),
    comment: text('comment'),
    answeredAt: ts('answered_at').notNull(),
  },
  (t) => [index('event_survey_answers_event_idx').on(t.eventId)],
);

export const eventSummaries = pgTable('event_summaries', {
  eventId: uuid('event_id').primaryKey(),
  propertyId: uuid('property_id').notNull(),
  status: text('status').$type<'drafted' | 'filed'>().notNull().default('drafted'),
  figures: jsonb('figures').$type<SummaryFigures>().notNull(),
  sections: jsonb('sections').$type<SummarySections>().notNull().default({}),
  drawnAt: ts('drawn_at').notNull(),
  drawnBy: uuid('drawn_by').notNull(),
  filedAt: ts('filed_at'),
  filedBy: uuid('filed_by'),
  version: integer('version').notNull().default(1),
});
