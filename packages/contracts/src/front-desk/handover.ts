/**
 * Front desk contract: the shift handover (交接班, F5). "班班有交接，每班有统计" (seed 002 前台规章制度): the
 * outgoing shift writes a handover — the open items the server draws up at writing time (visitors still in,
 * undelivered messages, parcels waiting, items lent out, unfinished executive-floor requests), extra items
 * and notes typed by the writer, and the shift's counts — and the next shift acknowledges it item by item,
 * then accepts it. Nobody accepts their own handover.
 */
import { z } from 'zod';
import { instant, nullableInstant, page, requestDate, pageQuery, uuid, optText, reqText } from '../fields.ts';

/** The desk's two shifts: day (白班) and evening/night (夜班); their start times are property settings. */
export const SHIFT_KINDS = ['day', 'evening'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const SHIFT_LABELS: Record<ShiftKind, { zh: string; en: string }> = {
  day: { zh: '白班', en: 'Day shift' },
  evening: { zh: '夜班', en: 'Evening shift' },
};

export const HANDOVER_STATES = ['submitted', 'accepted'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

/** What an item of a handover is about: a record drawn up by the server, or an item the writer typed. */
export const HANDOVER_ITEM_KINDS = ['visitor', 'message', 'parcel', 'loan', 'executive', 'extra'] as const;
export type HandoverItemKind = (typeof HANDOVER_ITEM_KINDS)[number];

/** The shift's counts (每班有统计), from the records made in the shift's window. */
export const handoverCounts = z.object({
  visitorsIn: z.number().int(),
  calls: z.number().int(),
  messages: z.number().int(),
  parcelsIn: z.number().int(),
  parcelsOut: z.number().int(),
  mailOut: z.number().int(),
  loansOut: z.number().int(),
  loansReturned: z.number().int(),
});
export type HandoverCounts = z.infer<typeof handoverCounts>;
export const HANDOVER_COUNT_KEYS = Object.keys(handoverCounts.shape) as (keyof HandoverCounts)[];

export const handoverItem = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.enum(HANDOVER_ITEM_KINDS),
  /** The record it was drawn from (null for an extra item). */
  refId: z.string().nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  /** The record's time: checked in, taken, received, due. */
  at: nullableInstant,
  /** Overdue at writing time (a loan past its due time, a request past due, an urgent message). */
  flagged: z.boolean(),
  ackedAt: nullableInstant,
  ackedByName: z.string().nullable(),
  remark: z.string().nullable(),
});
export type HandoverItem = z.infer<typeof handoverItem>;

const shiftFields = {
  shift: z.enum(SHIFT_KINDS),
  shiftName: z.string(),
  shiftStart: instant,
  shiftEnd: instant,
};

export const shiftHandover = z.object({
  id: z.string(),
  propertyId: z.string(),
  ...shiftFields,
  state: z.enum(HANDOVER_STATES),
  writtenByName: z.string(),
  submittedAt: instant,
  notes: z.string().nullable(),
  counts: handoverCounts,
  items: z.array(handoverItem),
  itemCount: z.number().int(),
  pendingCount: z.number().int(),
  acceptedByName: z.string().nullable(),
  acceptedAt: nullableInstant,
  acceptRemark: z.string().nullable(),
  /** The supervisor was alerted that it was not acknowledged in time. */
  alertedAt: nullableInstant,
  policies: z.object({ acknowledge: z.boolean(), accept: z.boolean() }),
});
export type ShiftHandover = z.infer<typeof shiftHandover>;
/** A row of the history (items left out). */
export const shiftHandoverSummary = shiftHandover.omit({ items: true });
export type ShiftHandoverSummary = z.infer<typeof shiftHandoverSummary>;
export const shiftHandoverPage = page(shiftHandoverSummary);
/** GET /front-desk/handovers/current: the latest handover submitted and not yet accepted, or null. */
export const currentShiftHandover = z.object({ data: shiftHandover.nullable() });

/** GET /front-desk/handovers/draft: what a handover written now would hold (nothing is written). */
export const handoverDraft = z.object({
  propertyId: z.string(),
  ...shiftFields,
  counts: handoverCounts,
  items: z.array(handoverItem.pick({ kind: true, refId: true, title: true, detail: true, at: true, flagged: true })),
  /** A handover of this shift exists already (writing again is refused). */
  existingId: z.string().nullable(),
});
export type HandoverDraft = z.infer<typeof handoverDraft>;

// ---------- requests ----------

export const handoverCreate = z
  .object({
    propertyId: uuid,
    notes: optText(2000),
    /** Items the writer adds by hand (a broken lift reported, keys held for a tenant …). */
    extraItems: z
      .array(z.object({ title: reqText(120), detail: optText(300) }).strict())
      .max(30)
      .default([]),
  })
  .strict();
export type HandoverCreate = z.input<typeof handoverCreate>;
export const handoverAck = z.object({ remark: optText(300) }).strict();
export const handoverAccept = z.object({ remark: optText(500) }).strict();
export const handoverQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  shift: z.enum(SHIFT_KINDS).optional(),
  state: z.enum(HANDOVER_STATES).optional(),
  from: requestDate.optional(),
  to: requestDate.optional(),
});
export type HandoverQuery = z.infer<typeof handoverQuery>;
export const handoverExportQuery = handoverQuery.omit({ limit: true, cursor: true });
export type HandoverExportQuery = z.infer<typeof handoverExportQuery>;

export const HANDOVER_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  handover_exists: { status: 409, zh: '本班次已写过交接班记录', en: 'This shift has been handed over already' },
  handover_own: { status: 422, zh: '不能接收自己写的交接班', en: 'You cannot take over your own handover' },
  handover_item_acked: { status: 409, zh: '该事项已被确认', en: 'The item was acknowledged already' },
  handover_items_pending: { status: 422, zh: '还有事项未确认，不能接班', en: 'Some items are not acknowledged yet' },
  handover_already_accepted: { status: 409, zh: '该交接班已被接收', en: 'The handover was accepted already' },
};
