/** Large events' catering (migration 0050, M13): meals with the count sent to the caterer and the signed real count; menu options. */
import { pgTable, uuid, text, integer, timestamp, jsonb, date, unique, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { MealKind, MealStyle } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const eventMeals = pgTable(
  'event_meals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    day: date('day').notNull(),
    kind: text('kind').$type<MealKind>().notNull(),
    startsAt: ts('starts_at').notNull(),
    place: text('place'),
    venueId: uuid('venue_id'),
    style: text('style').$type<MealStyle>().notNull().default('table'),
    catererName: text('caterer_name'),
    catererContact: text('caterer_contact'),
    catererPhone: text('caterer_phone'),
    priceFen: integer('price_fen').notNull().default(0),
    staffCount: integer('staff_count').notNull().default(0),
    notes: text('notes'),
    chosenMenuId: uuid('chosen_menu_id'),
    orderedCount: integer('ordered_count'),
    orderedDietary: jsonb('ordered_dietary').$type<Record<string, number>>(),
    orderedAt: ts('ordered_at'),
    actualCount: integer('actual_count'),
    signerName: text('signer_name'),
    signatureFileId: uuid('signature_file_id'),
    signedBy: uuid('signed_by'),
    signedAt: ts('signed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.eventId, t.kind, t.startsAt),
    index('event_meals_event_idx').on(t.eventId, t.startsAt),
    index('event_meals_due_idx')
      .on(t.startsAt)
      .where(sql`ordered_at is null`),
  ],
);

export const eventMealMenus = pgTable(
  'event_meal_menus',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mealId: uuid('meal_id').notNull(),
    eventId: uuid('event_id').notNull(),
    name: text('name').notNull(),
    dishes: text('dishes').array().notNull().default([]),
    priceFen: integer('price_fen').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('event_meal_menus_meal_idx').on(t.mealId, t.createdAt)],
);
