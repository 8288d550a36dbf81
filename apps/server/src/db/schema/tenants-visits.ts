/** Tenant visits (migration 0036, T3): visits, the issues raised in them, holiday greeting plans and their lines. */
import { pgTable, uuid, text, integer, timestamp, jsonb, date, uniqueIndex, unique, index } from 'drizzle-orm/pg-core';
import type { GreetingGiftKind, GreetingOccasion, VisitSatisfaction, VisitState } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type VisitVisitor = { id: string; name: string };

export const tenantVisits = pgTable(
  'tenant_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    unitId: uuid('unit_id'),
    state: text('state').$type<VisitState>().notNull().default('planned'),
    plannedAt: ts('planned_at').notNull(),
    place: text('place'),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    visitors: jsonb('visitors').$type<VisitVisitor[]>().notNull().default([]),
    visitedAt: ts('visited_at'),
    metNames: text('met_names'),
    opinions: text('opinions'),
    satisfaction: text('satisfaction').$type<VisitSatisfaction>(),
    cancelReason: text('cancel_reason'),
    remindedAt: ts('reminded_at'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('tenant_visits_property_planned').on(t.propertyId, t.plannedAt.desc(), t.id),
    index('tenant_visits_organization').on(t.organizationId, t.plannedAt.desc()),
  ],
);

export const tenantVisitIssues = pgTable(
  'tenant_visit_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    visitId: uuid('visit_id').notNull(),
    position: integer('position').notNull(),
    content: text('content').notNull(),
    caseId: uuid('case_id'),
    caseOpenedAt: ts('case_opened_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.visitId, t.position), uniqueIndex('tenant_visit_issues_case_key').on(t.caseId)],
);

export const tenantGreetingPlans = pgTable(
  'tenant_greeting_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    occasion: text('occasion').$type<GreetingOccasion>().notNull(),
    year: integer('year').notNull(),
    occasionDate: date('occasion_date', { mode: 'string' }).notNull(),
    deliverBy: date('deliver_by', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.propertyId, t.occasion, t.year)],
);

export const tenantGreetingItems = pgTable(
  'tenant_greeting_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    giftKind: text('gift_kind').$type<GreetingGiftKind>().notNull().default('card'),
    gift: text('gift'),
    giverName: text('giver_name'),
    doneAt: ts('done_at'),
    doneByName: text('done_by_name'),
  },
  (t) => [unique().on(t.planId, t.organizationId)],
);
