/** Large events' 会务物资清单 (migration 0051, M13). */
import { pgTable, uuid, text, integer, timestamp, index } from 'drizzle-orm/pg-core';
import type { MaterialBasis, MaterialCategory, MaterialSource, MaterialStatus } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const eventMaterials = pgTable(
  'event_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    category: text('category').$type<MaterialCategory>().notNull(),
    name: text('name').notNull(),
    basis: text('basis').$type<MaterialBasis>().notNull().default('fixed'),
    fixedQty: integer('fixed_qty').notNull().default(0),
    perUnit: integer('per_unit').notNull().default(1),
    spare: integer('spare').notNull().default(0),
    unit: text('unit').notNull(),
    placement: text('placement'),
    groupId: uuid('group_id'),
    status: text('status').$type<MaterialStatus>().notNull().default('needed'),
    source: text('source').$type<MaterialSource>().notNull().default('purchase'),
    warehouseItemId: uuid('warehouse_item_id'),
    unitFen: integer('unit_fen'),
    drawn: integer('drawn').notNull().default(0),
    returned: integer('returned').notNull().default(0),
    lost: integer('lost').notNull().default(0),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('event_materials_event_idx').on(t.eventId, t.placement, t.category)],
);
