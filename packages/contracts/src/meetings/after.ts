/** Response and request schemas of after-the-meeting records (SPEC M9): the cleanup and equipment check, hand-overs, lost property. */
import { z } from 'zod';
import { formatQuery, instant, list, nullableInstant, optText, reqText, requestInstant, uuid } from '../fields.ts';
import { HANDOVER_KINDS, HANDOVER_RECIPIENTS, LOST_ITEM_STATUSES } from '../meetings.ts';
import { qty } from './request-fields.ts';
import { fileRef, photoIds } from '../files/files.ts';

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
  /** The typed signature of rows handed back before signatures were drawn (read only). */
  ownerSignature: z.string().nullable(),
  /** The owner's (or proxy's) ID document number shown at the hand-back. */
  ownerIdNumber: z.string().nullable(),
  /** The owner's signature drawn on the screen (signer and time on it). */
  signature: fileRef.nullable(),
  photos: z.array(fileRef),
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

/* Requests: the check, hand-overs, lost property. Bodies are strict. */

/** PUT /service-notices/{id}/after-check: the cleanup checklist and the equipment count. */
export const afterCheckBody = z
  .object({
    cleanup: z.array(z.object({ item: reqText(100), done: z.boolean(), note: optText(500) }).strict()).max(100),
    equipment: z
      .array(
        z
          .object({
            name: reqText(100),
            expected: z.number().int().min(0).max(100_000),
            counted: z.number().int().min(0).max(100_000),
            note: optText(500),
          })
          .strict(),
      )
      .max(100),
    version: z.number().int().min(0).optional(),
  })
  .strict();
export type AfterCheckBody = z.input<typeof afterCheckBody>;
/** POST /service-notices/{id}/handovers: recordings or documents handed over. */
export const handoverBody = z
  .object({
    kind: z.enum(HANDOVER_KINDS),
    description: reqText(500),
    quantity: qty.default(1),
    recipientKind: z.enum(HANDOVER_RECIPIENTS),
    recipientName: reqText(50),
    handedAt: requestInstant.nullish(),
    note: optText(1000),
  })
  .strict();
export type HandoverBody = z.input<typeof handoverBody>;
/** POST /lost-items: a found item registered. */
export const lostItemBody = z
  .object({
    propertyId: uuid,
    noticeId: uuid.nullish(),
    item: reqText(100),
    description: optText(1000),
    foundPlace: reqText(100),
    foundAt: requestInstant,
    foundBy: reqText(50),
    storedPlace: optText(100),
    note: optText(1000),
    photoIds: photoIds.default([]),
  })
  .strict();
export type LostItemBody = z.input<typeof lostItemBody>;
/** POST /lost-items/{id}/store */
export const lostItemStoreBody = z.object({ storedPlace: reqText(100) }).strict();
export type LostItemStoreBody = z.input<typeof lostItemStoreBody>;
/** POST /lost-items/{id}/return: handed back against the owner's signature drawn on the screen (POST /signatures first). */
export const lostItemReturnBody = z
  .object({ handedTo: reqText(50), ownerIdNumber: optText(40), signatureId: uuid, returnedAt: requestInstant.nullish() })
  .strict();
export type LostItemReturnBody = z.input<typeof lostItemReturnBody>;
/** GET /lost-items */
export const lostItemListQuery = z.object({
  propertyId: uuid,
  status: z.enum(LOST_ITEM_STATUSES).optional(),
  noticeId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  ...formatQuery,
});
export type LostItemListQuery = z.input<typeof lostItemListQuery>;
