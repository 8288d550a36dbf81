/**
 * Guest stays (T6): check-in of a host unit's guests into vacant-clean rooms (keys issued, linen and glassware
 * counted out per room), the 交接本 note for the next shift, check-out (keys returned — a key not returned needs a
 * note: lost → charge or report — linen counted back, the room goes vacant dirty); the stays and key registers.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, page, pageQuery, realDay, reqText, uuid } from '../fields.ts';
import { ROOM_TYPES } from './rooms.ts';
import { LINEN_ITEMS, linenCounts } from './linen.ts';

export const STAY_STATES = ['in_house', 'checked_out'] as const;
export type StayState = (typeof STAY_STATES)[number];
export const KEY_OUTCOMES = ['returned', 'lost_charged', 'lost_reported'] as const;
export type KeyOutcome = (typeof KEY_OUTCOMES)[number];

export const stayRoom = z.object({
  id: z.string(),
  roomId: z.string(),
  number: z.string(),
  building: z.string(),
  roomType: z.enum(ROOM_TYPES),
  keysIssued: z.number().int(),
  keysReturned: z.number().int().nullable(),
  keyOutcome: z.enum(KEY_OUTCOMES).nullable(),
  keyNote: z.string().nullable(),
  linenOut: linenCounts,
  linenBack: linenCounts.nullable(),
  /** Pieces counted out but not back (flagged). */
  linenMissing: z.number().int(),
  checkedOutAt: nullableInstant,
});
export type StayRoom = z.infer<typeof stayRoom>;
export const guestStay = z.object({
  id: z.string(),
  propertyId: z.string(),
  hostUnit: z.string(),
  guests: z.array(z.string()),
  contactPhone: z.string().nullable(),
  roomType: z.enum(ROOM_TYPES),
  roomCount: z.number().int(),
  state: z.enum(STAY_STATES),
  checkedInAt: instant,
  plannedCheckOutOn: day,
  checkedOutAt: nullableInstant,
  handoverNote: z.string().nullable(),
  checkOutNote: z.string().nullable(),
  createdByName: z.string(),
  rooms: z.array(stayRoom),
  policies: z.object({ checkOut: z.boolean() }),
});
export type GuestStay = z.infer<typeof guestStay>;
export const guestStayPage = page(guestStay);

export const stayCheckIn = z
  .object({
    propertyId: uuid,
    hostUnit: reqText(100),
    guests: z.array(reqText(40)).min(1).max(40),
    contactPhone: optText(30),
    roomType: z.enum(ROOM_TYPES),
    roomIds: z.array(uuid).min(1).max(20),
    plannedCheckOutOn: realDay('invalid date'),
    keysPerRoom: z.number().int().min(0).max(4).default(1),
    /** Linen and glassware counted out into each room. */
    linenPerRoom: z.record(z.enum(LINEN_ITEMS), z.number().int().min(0).max(20)).default({}),
    handoverNote: optText(500),
  })
  .strict();
export type StayCheckIn = z.input<typeof stayCheckIn>;
export const stayCheckOut = z
  .object({
    rooms: z
      .array(
        z
          .object({
            roomId: uuid,
            keysReturned: z.number().int().min(0).max(4),
            keyOutcome: z.enum(['lost_charged', 'lost_reported']).optional(),
            keyNote: optText(300),
            linenBack: z.record(z.enum(LINEN_ITEMS), z.number().int().min(0).max(20)).default({}),
          })
          .strict(),
      )
      .min(1)
      .max(20),
    note: optText(500),
  })
  .strict();
export type StayCheckOut = z.input<typeof stayCheckOut>;
export const stayQuery = z.object({ ...pageQuery, propertyId: uuid, state: z.enum(STAY_STATES).optional() });
export type StayQuery = z.infer<typeof stayQuery>;
export const stayRegisterQuery = z.object({ propertyId: uuid, from: realDay('invalid date'), to: realDay('invalid date') });
export type StayRegisterQuery = z.infer<typeof stayRegisterQuery>;
export const stayRegister = z.object({ from: day, to: day, data: z.array(guestStay) });
export type StayRegister = z.infer<typeof stayRegister>;

/** GET /guest-keys: the key register, a line per room of a stay (latest first). */
export const keyRegister = z.object({
  data: z.array(
    z.object({
      stayId: z.string(),
      hostUnit: z.string(),
      guests: z.array(z.string()),
      number: z.string(),
      keysIssued: z.number().int(),
      issuedAt: instant,
      keysReturned: z.number().int().nullable(),
      keyOutcome: z.enum(KEY_OUTCOMES).nullable(),
      keyNote: z.string().nullable(),
      returnedAt: nullableInstant,
    }),
  ),
  out: z.number().int(),
  lost: z.number().int(),
});
export type KeyRegister = z.infer<typeof keyRegister>;

export const STAYS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  room_not_available: { status: 409, zh: '房间不是空净房，不能入住', en: 'The room is not vacant and clean' },
  stay_room_type_mismatch: { status: 422, zh: '所选房间与房型不符', en: 'A chosen room is not of the room type' },
  stay_checkout_before_checkin: { status: 422, zh: '预计退房日期不能早于今天', en: 'The planned check-out cannot be before today' },
  stay_not_in_house: { status: 409, zh: '该入住已退房', en: 'The guests have checked out already' },
  stay_rooms_mismatch: { status: 422, zh: '退房须列出该入住的全部房间', en: 'List every room of the stay to check out' },
  key_note_required: {
    status: 422,
    zh: '钥匙未全部归还，须注明赔偿或报失',
    en: 'A key was not returned: say whether it is charged or reported lost',
  },
  linen_back_too_many: { status: 422, zh: '收回的布草杯具多于发出数量', en: 'More linen counted back than went out' },
  key_returned_too_many: { status: 422, zh: '归还钥匙数多于发放数', en: 'More keys returned than issued' },
  stay_register_range: {
    status: 422,
    zh: '统计期间须在一年以内且结束不早于开始',
    en: 'The period must end after it starts and span at most a year',
  },
};
