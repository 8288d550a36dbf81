/**
 * Guest rooms (T6, 客房、公寓): the rooms of the guest floors with their status (vacant clean, vacant dirty,
 * occupied, out of order with its reason), the status board by floor, and the daily 房态核对表 the attendant
 * walks and signs: each room's status confirmed, discrepancies flagged, rooms found out of order sent to repair.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, realDay, reqText, uuid } from '../fields.ts';

export const ROOM_TYPES = ['standard', 'king', 'suite', 'apartment'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];
export const ROOM_STATUSES = ['vacant_clean', 'vacant_dirty', 'occupied', 'out_of_order'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

export const guestRoom = z.object({
  id: z.string(),
  propertyId: z.string(),
  building: z.string(),
  floor: z.number().int(),
  number: z.string(),
  roomType: z.enum(ROOM_TYPES),
  beds: z.number().int(),
  status: z.enum(ROOM_STATUSES),
  statusReason: z.string().nullable(),
  statusChangedAt: instant,
  /** The stay in the room now (occupied rooms). */
  stayId: z.string().nullable(),
  hostUnit: z.string().nullable(),
  guests: z.array(z.string()),
  plannedCheckOutOn: day.nullable(),
});
export type GuestRoom = z.infer<typeof guestRoom>;
export const guestRoomList = z.object({
  data: z.array(guestRoom),
  counts: z.record(z.enum(ROOM_STATUSES), z.number().int()),
  policies: z.object({ manage: z.boolean() }),
});
export type GuestRoomList = z.infer<typeof guestRoomList>;

export const roomCreate = z
  .object({
    propertyId: uuid,
    building: reqText(40),
    floor: z.number().int().min(-5).max(200),
    number: reqText(20),
    roomType: z.enum(ROOM_TYPES),
    beds: z.number().int().min(1).max(6),
  })
  .strict();
export type RoomCreate = z.input<typeof roomCreate>;
/** POST /guest-rooms/{id}/status: a manual change (occupied only by check-in and check-out). */
export const roomStatusChange = z
  .object({ status: z.enum(['vacant_clean', 'vacant_dirty', 'out_of_order']), reason: optText(300) })
  .strict();
export type RoomStatusChange = z.input<typeof roomStatusChange>;
export const roomQuery = z.object({ propertyId: uuid, building: z.string().max(40).optional() });
export type RoomQuery = z.infer<typeof roomQuery>;

// ---------- the 房态核对表 ----------

export const checkLine = z.object({
  roomId: z.string(),
  building: z.string(),
  floor: z.number().int(),
  number: z.string(),
  roomType: z.enum(ROOM_TYPES),
  /** The status on record when the sheet was drawn (or signed). */
  recorded: z.enum(ROOM_STATUSES),
  /** What the attendant found (null: not yet confirmed). */
  observed: z.enum(ROOM_STATUSES).nullable(),
  note: z.string().nullable(),
  discrepancy: z.boolean(),
});
export type CheckLine = z.infer<typeof checkLine>;
export const checkSheet = z.object({
  id: z.string().nullable(),
  propertyId: z.string(),
  day: day,
  lines: z.array(checkLine),
  discrepancies: z.number().int(),
  signedAt: nullableInstant,
  signedByName: z.string().nullable(),
  policies: z.object({ sign: z.boolean() }),
});
export type CheckSheet = z.infer<typeof checkSheet>;
export const checkSheetList = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      day: day,
      rooms: z.number().int(),
      discrepancies: z.number().int(),
      signedAt: instant,
      signedByName: z.string(),
    }),
  ),
});
export type CheckSheetList = z.infer<typeof checkSheetList>;
export const checkSheetQuery = z.object({ propertyId: uuid, day: realDay('invalid date').optional() });
export type CheckSheetQuery = z.infer<typeof checkSheetQuery>;
export const checkSheetSign = z
  .object({
    propertyId: uuid,
    day: realDay('invalid date'),
    lines: z
      .array(z.object({ roomId: uuid, observed: z.enum(ROOM_STATUSES), note: optText(300) }).strict())
      .min(1)
      .max(500),
  })
  .strict();
export type CheckSheetSign = z.input<typeof checkSheetSign>;

export const ROOMS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  room_number_taken: { status: 409, zh: '该楼栋已有此房号', en: 'This building has a room with this number already' },
  room_occupied: { status: 409, zh: '房间有客人在住，请办理退房', en: 'The room is occupied: check the guests out first' },
  room_status_unchanged: { status: 409, zh: '房间已是该状态', en: 'The room has this status already' },
  room_reason_required: { status: 422, zh: '设为维修房须填写原因', en: 'Give the reason the room is out of order' },
  check_sheet_signed: { status: 409, zh: '当日房态核对表已签字', en: 'Today’s room status check sheet is signed already' },
  check_sheet_future: { status: 422, zh: '不能核对未来日期的房态', en: 'A check sheet cannot be signed for a future day' },
  check_sheet_room_unknown: { status: 422, zh: '核对表中有不属于本项目的房间', en: 'The sheet names a room not of this property' },
};
