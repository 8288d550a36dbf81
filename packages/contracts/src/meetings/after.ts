/** Response schemas of after-the-meeting records (SPEC M9): the cleanup and equipment check, hand-overs, lost property. */
import { z } from 'zod';
import { instant, list, nullableInstant } from '../fields.ts';
import { HANDOVER_KINDS, HANDOVER_RECIPIENTS, LOST_ITEM_STATUSES } from '../meetings.ts';

/** The check after a meeting (its defaults while none is recorded: version 0). */
export const afterCheck = z.object({
  cleanup: z.array(z.object({ item: z.string(), done: z.boolean(), note: z.string().nullable() })),
  equipment: z.array(
    z.object({ name: z.string(), expected: z.number(), counted: z.number(), note: z.string().nullable(), shortage: z.number() }),
  ),
  shortages: z.number(),
  version: z.number(),
  recordedBy: z.string().nullable(),
  recordedAt: nullableInstant,
});
export type AfterCheck = z.infer<typeof afterCheck>;

export const handover = z.object({
  id: z.string(),
  propertyId: z.string(),
  noticeId: z.string(),
  kind: z.enum(HANDOVER_KINDS),
  description: z.string(),
  quantity: z.number(),
  recipientKind: z.enum(HANDOVER_RECIPIENTS),
  recipientName: z.string(),
  handedBy: z.string(),
  handedAt: instant,
  note: z.string().nullable(),
});
export type Handover = z.infer<typeof handover>;

/** An entry of the 《拾遗物品登记表》. */
export const lostItem = z.object({
  id: z.string(),
  propertyId: z.string(),
  noticeId: z.string().nullable(),
  number: z.string(),
  item: z.string(),
  description: z.string().nullable(),
  foundPlace: z.string(),
  foundBy: z.string(),
  status: z.enum(LOST_ITEM_STATUSES),
  storedPlace: z.string().nullable(),
  handedTo: z.string().nullable(),
  ownerSignature: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  updatedBy: z.string().nullable(),
  foundAt: instant,
  storedAt: nullableInstant,
  returnedAt: nullableInstant,
  createdAt: instant,
  updatedAt: instant,
});
export type LostItem = z.infer<typeof lostItem>;
/** GET /lost-items (or ?format=xlsx, the register as a workbook). */
export const lostItemList = list(lostItem);
export type LostItemList = z.infer<typeof lostItemList>;

/** Everything after one meeting. */
export const afterData = z.object({
  noticeId: z.string(),
  ended: z.boolean(),
  check: afterCheck,
  handovers: z.array(handover),
  lostItems: z.array(lostItem),
});
export type AfterData = z.infer<typeof afterData>;
