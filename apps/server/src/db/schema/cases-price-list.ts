/** Paid repairs' price list (migration 0041, S6): labour and materials with their unit and price in fen. */
import { pgTable, uuid, text, integer, boolean, bigint, timestamp, unique, index } from 'drizzle-orm/pg-core';
import type { RepairPriceKind } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const repairPriceItems = pgTable(
  'repair_price_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<RepairPriceKind>().notNull(),
    unit: text('unit').notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.propertyId, t.name), index('repair_price_items_property').on(t.propertyId, t.active, t.sort, t.name)],
);
