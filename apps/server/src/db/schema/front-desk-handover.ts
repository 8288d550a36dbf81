/** Front desk tables (migration 0025): the shift handover and its items (交接班, F5). */
import { pgTable, uuid, text, boolean, integer, timestamp, jsonb, uniqueIndex, unique, primaryKey } from 'drizzle-orm/pg-core';
import type { HandoverCounts, HandoverItemKind, HandoverState, ShiftKind } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One handover per shift of a property: written by the outgoing shift, accepted by the next. */
export const shiftHandovers = pgTable(
  'shift_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id').notNull(),
    shift: text('shift').$type<ShiftKind>().notNull(),
    shiftName: text('shift_name').notNull(),
    shiftStart: ts('shift_start').notNull(),
    shiftEnd: ts('shift_end').notNull(),
    state: text('state').$type<HandoverState>().notNull(),
    writtenBy: uuid('written_by').notNull(),
    writtenByName: text('written_by_name').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    notes: text('notes'),
    counts: jsonb('counts').$type<HandoverCounts>().notNull(),
    acceptedBy: uuid('accepted_by'),
    acceptedByName: text('accepted_by_name'),
    acceptedAt: ts('accepted_at'),
    acceptRemark: text('accept_remark'),
    alertedAt: ts('alerted_at'),
  },
  (t) => [uniqueIndex('shift_handovers_shift_key').on(t.propertyId, t.shiftStart)],
);

/** An item of a handover: drawn from a record (or typed by the writer), acknowledged one by one. */
export const shiftHandoverItems = pgTable(
  'shift_handover_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    handoverId: uuid('handover_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').$type<HandoverItemKind>().notNull(),
    refId: uuid('ref_id'),
    title: text('title').notNull(),
    detail: text('detail'),
    at: ts('at'),
    flagged: boolean('flagged').notNull().default(false),
    ackedAt: ts('acked_at'),
    ackedBy: uuid('acked_by'),
    ackedByName: text('acked_by_name'),
    remark: text('remark'),
  },
  (t) => [unique().on(t.handoverId, t.position)],
);

/** A shift that ended with no handover written: the supervisors were alerted once (migration 0031). */
export const shiftHandoverMisses = pgTable(
  'shift_handover_misses',
  {
    propertyId: uuid('property_id').notNull(),
    shiftStart: ts('shift_start').notNull(),
    shift: text('shift').$type<ShiftKind>().notNull(),
    alertedAt: ts('alerted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.propertyId, t.shiftStart] })],
);
