/** Large events (SPEC M13): hotels — hotels, room blocks by night, rooming (宾客入住计划), check-in lists. */
import { z } from 'zod';
import { day, instant, nullableInstant, optPhone, optText, realDay, reqText, uuid } from '../fields.ts';

export const HOTEL_ROOM_TYPES = ['twin', 'king', 'suite', 'single'] as const;
export type HotelRoomType = (typeof HOTEL_ROOM_TYPES)[number];
export const roomType = z.enum(HOTEL_ROOM_TYPES);

export const hotelInput = z.object({
  name: reqText(100),
  address: optText(200),
  phone: optPhone,
  contact: optText(60),
  email: z
    .string()
    .trim()
    .email()
    .max(200)
    .nullish()
    .or(z.literal(''))
    .transform((v) => v || null),
  notes: optText(500),
});
export type HotelInput = z.infer<typeof hotelInput>;
export const hotelPatch = hotelInput.partial();

/** A block for a range of nights at once: `from`…`to` (both nights included). */
export const blockInput = z.object({
  roomType,
  from: realDay('night'),
  to: realDay('night'),
  rooms: z.number().int().min(0).max(2000),
  priceFen: z.number().int().min(0).max(10_000_000),
  releaseOn: realDay('release'),
});
export type BlockInput = z.infer<typeof blockInput>;

export const roomAssign = z.object({
  guestIds: z.array(uuid).min(1).max(2),
  hotelId: uuid,
  roomType,
  checkInOn: realDay('checkIn').optional(),
  checkOutOn: realDay('checkOut').optional(),
  roomNo: optText(20),
  shared: z.boolean().optional(),
});
export type RoomAssign = z.infer<typeof roomAssign>;
export const roomMove = roomAssign.partial();
export type RoomMove = z.infer<typeof roomMove>;

export const roomBlock = z.object({
  id: uuid,
  roomType,
  night: day,
  rooms: z.number(),
  used: z.number(),
  priceFen: z.number(),
  releaseOn: day,
});
/** PUT …/blocks: the nights of the block as saved. */
export const blocksSaved = z.object({ blocks: z.array(roomBlock) });
export const blockFlag = z.object({
  hotelId: uuid,
  hotel: z.string(),
  roomType,
  releaseOn: day,
  unusedNights: z.number(),
});
export const hotel = hotelInput.extend({
  id: uuid,
  sentAt: nullableInstant,
  sentVersion: z.number(),
  changedSinceSent: z.boolean(),
  blocks: z.array(roomBlock),
  flags: z.array(blockFlag),
});
export const roomGuest = z.object({
  id: uuid,
  name: z.string(),
  organization: z.string().nullable(),
  gender: z.enum(['m', 'f']).nullable(),
  vip: z.boolean(),
  phone: z.string().nullable(),
  idNo: z.string().nullable(),
  companions: z.number(),
});
export const room = z.object({
  id: uuid,
  hotelId: uuid,
  roomType,
  shared: z.boolean(),
  roomNo: z.string().nullable(),
  checkInOn: day,
  checkOutOn: day,
  nights: z.number(),
  guests: z.array(roomGuest),
});
export const unroomedGuest = roomGuest.extend({
  roomShare: z.enum(['any', 'single', 'shared']),
  checkInOn: day,
  checkOutOn: day,
});
export const roomChange = z.object({
  id: uuid,
  hotelId: uuid.nullable(),
  action: z.enum(['assigned', 'moved', 'cancelled', 'auto']),
  summary: z.string(),
  actorName: z.string().nullable(),
  at: instant,
});
export const rooming = z.object({
  hotels: z.array(hotel),
  rooms: z.array(room),
  unroomed: z.array(unroomedGuest),
  changes: z.array(roomChange),
  flags: z.array(blockFlag),
  roomNights: z.number(),
});
export type Rooming = z.infer<typeof rooming>;
export type RoomingHotel = z.infer<typeof hotel>;
export type RoomingRoom = z.infer<typeof room>;
export type UnroomedGuest = z.infer<typeof unroomedGuest>;

export const autoResult = z.object({
  placed: z.number(),
  rooms: z.number(),
  unplaced: z.array(z.object({ guestId: uuid, name: z.string(), reason: z.enum(['no_block', 'block_full', 'no_room_type']) })),
});
export type AutoResult = z.infer<typeof autoResult>;

export const accommodationPlan = z.object({
  event: z.object({ id: uuid, name: z.string(), number: z.string(), startsOn: day, endsOn: day }),
  hotel: hotelInput.extend({ id: uuid, sentAt: nullableInstant, sentVersion: z.number(), changedSinceSent: z.boolean() }),
  rooms: z.array(room),
  totals: z.object({ rooms: z.number(), guests: z.number(), roomNights: z.number() }),
  showIdNo: z.boolean(),
});
export type AccommodationPlan = z.infer<typeof accommodationPlan>;
export const sendListResult = z.object({ sentAt: instant, sentVersion: z.number(), outboxId: z.union([z.string(), z.number()]) });

export const HOTELS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  room_block_full: { status: 409, zh: '该房型当晚协议客房已满', en: 'The room block is full on that night' },
  room_block_missing: { status: 409, zh: '该酒店当晚没有此房型的协议客房', en: 'No room block of that type on that night' },
  room_block_below_used: { status: 409, zh: '协议间数不能少于已安排的间数', en: 'A block cannot hold fewer rooms than are assigned' },
  guest_already_roomed: { status: 409, zh: '该宾客在这些日期已安排了房间', en: 'The guest already has a room on those nights' },
  room_guest_not_registered: {
    status: 422,
    zh: '只能为已报名且需要住宿的宾客安排房间',
    en: 'Only registered guests needing a hotel can be roomed',
  },
  room_over_capacity: { status: 422, zh: '房间住不下这么多人（含随行人员）', en: 'Too many occupants for the room (companions count)' },
  room_guest_single: { status: 422, zh: 'VIP 或要求单住的宾客须单独安排', en: 'VIPs and guests who asked for a single room stay alone' },
  room_mixed_gender: { status: 422, zh: '合住宾客须为同性', en: 'Room-mates must be of the same gender' },
  room_dates_reversed: { status: 422, zh: '退房日期须晚于入住日期', en: 'Check-out must be after check-in' },
  block_dates_reversed: { status: 422, zh: '结束晚间不能早于开始晚间', en: 'The last night cannot be before the first' },
  hotel_exists: { status: 409, zh: '该酒店已添加', en: 'That hotel is already on the event' },
  hotel_no_email: { status: 422, zh: '酒店没有电子邮箱，无法发送名单', en: 'The hotel has no e-mail address to send the list to' },
  hotel_has_rooms: { status: 409, zh: '酒店已安排了房间，不能删除', en: 'The hotel has rooms assigned; it cannot be removed' },
};
