/**
 * The vacated-room inspection (T6): after check-out the attendant checks the room — damage, minibar and
 * consumables, items left behind and valuables (into the left-items list, handed in to the front desk) — and
 * the room goes vacant clean once cleaning is confirmed.
 */
import { z } from 'zod';
import { instant, nullableInstant, optText, reqText, uuid } from '../fields.ts';

export const leftItem = z.object({
  id: z.string(),
  inspectionId: z.string(),
  roomNumber: z.string(),
  description: z.string(),
  valuable: z.boolean(),
  foundAt: instant,
  foundByName: z.string(),
  handedInAt: nullableInstant,
  handedToName: z.string().nullable(),
});
export type LeftItem = z.infer<typeof leftItem>;
export const leftItemList = z.object({ data: z.array(leftItem) });

export const roomInspection = z.object({
  id: z.string(),
  propertyId: z.string(),
  roomId: z.string(),
  roomNumber: z.string(),
  stayId: z.string().nullable(),
  hostUnit: z.string().nullable(),
  inspectedAt: instant,
  inspectorName: z.string(),
  damage: z.string().nullable(),
  consumables: z.string().nullable(),
  remarks: z.string().nullable(),
  leftItems: z.array(leftItem),
  cleanedAt: nullableInstant,
  cleanedByName: z.string().nullable(),
  policies: z.object({ confirmCleaned: z.boolean() }),
});
export type RoomInspection = z.infer<typeof roomInspection>;
export const roomInspectionList = z.object({ data: z.array(roomInspection) });

export const inspectionCreate = z
  .object({
    roomId: uuid,
    damage: optText(500),
    consumables: optText(500),
    remarks: optText(500),
    leftItems: z
      .array(z.object({ description: reqText(200), valuable: z.boolean().default(false) }).strict())
      .max(20)
      .default([]),
  })
  .strict();
export type InspectionCreate = z.input<typeof inspectionCreate>;
export const leftItemHandIn = z.object({ handedToName: reqText(40) }).strict();
export type LeftItemHandIn = z.input<typeof leftItemHandIn>;
export const inspectionQuery = z.object({ propertyId: uuid });

export const ROOM_INSPECTIONS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  room_not_dirty: { status: 409, zh: '只有退房后的脏房需要查房', en: 'Only a vacated (dirty) room is inspected' },
  inspection_cleaned: { status: 409, zh: '该房间已确认清洁', en: 'Cleaning was confirmed already' },
  left_item_handed_in: { status: 409, zh: '该物品已上交', en: 'The item was handed in already' },
};
