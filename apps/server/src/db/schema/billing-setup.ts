/** Fees set-up (migration 0039, T4): fee items, water meter readings, phone lines and usage, parking spaces and assignments. */
import { pgTable, uuid, text, bigint, integer, numeric, date, timestamp, boolean, unique, index } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type FeeSheet = 'management' | 'water' | 'phone' | 'parking' | 'engineering' | 'other_services';
export type FeeBasis = 'area' | 'meter' | 'fixed' | 'charges';
export type FeeRounding = 'fen' | 'jiao' | 'yuan';

export const feeItems = pgTable(
  'fee_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sheet: text('sheet').$type<FeeSheet>().notNull(),
    basis: text('basis').$type<FeeBasis>().notNull(),
    unitLabel: text('unit_label').notNull(),
    unitPriceFen: bigint('unit_price_fen', { mode: 'number' }).notNull().default(0),
    surchargeFen: bigint('surcharge_fen', { mode: 'number' }).notNull().default(0),
    rounding: text('rounding').$type<FeeRounding>().notNull().default('fen'),
    dueDay: integer('due_day').notNull().default(15),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [unique('fee_items_property_id_code_key').on(t.propertyId, t.code)],
);

export const meterReadings = pgTable(
  'meter_readings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    month: text('month').notNull(),
    previousReading: numeric('previous_reading', { precision: 12, scale: 2 }).notNull(),
    currentReading: numeric('current_reading', { precision: 12, scale: 2 }).notNull(),
    readOn: date('read_on', { mode: 'string' }).notNull(),
    readBy: uuid('read_by'),
    readByName: text('read_by_name'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [unique('meter_readings_unit_id_month_key').on(t.unitId, t.month), index('meter_readings_month_idx').on(t.propertyId, t.month)],
);

export const phoneLines = pgTable(
  'phone_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    number: text('number').notNull(),
    kind: text('kind').$type<'line' | 'extension'>().notNull(),
    monthlyRentFen: bigint('monthly_rent_fen', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('phone_lines_property_id_number_key').on(t.propertyId, t.number)],
);

export const phoneUsage = pgTable(
  'phone_usage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    lineId: uuid('line_id').notNull(),
    month: text('month').notNull(),
    usageFen: bigint('usage_fen', { mode: 'number' }).notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [unique('phone_usage_line_id_month_key').on(t.lineId, t.month)],
);

export const parkingSpaces = pgTable(
  'parking_spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    code: text('code').notNull(),
    zone: text('zone').notNull(),
    monthlyFeeFen: bigint('monthly_fee_fen', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('parking_spaces_property_id_code_key').on(t.propertyId, t.code)],
);

export const parkingAssignments = pgTable(
  'parking_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    spaceId: uuid('space_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    fromDay: date('from_day', { mode: 'string' }).notNull(),
    toDay: date('to_day', { mode: 'string' }),
    plate: text('plate'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('parking_assignments_space_idx').on(t.spaceId, t.fromDay)],
);
