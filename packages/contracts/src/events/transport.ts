/**
 * Large events (SPEC M13): transport — the event's vehicles (own or hired, with the driver), its transfers (接站/接机,
 * 送站/送机, shuttles between the hotel and the venue, visits) with their passengers, the pick-ups suggested from the
 * guests' arrivals, and each driver's dispatch sheet (派车单).
 */
import { z } from 'zod';
import { day, fen, instant, optText, phone, reqText, requestInstant, uuid } from '../fields.ts';

export const VEHICLE_TYPES = ['bus', 'minibus', 'mpv', 'car'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];
export const TRANSFER_KINDS = ['pickup', 'dropoff', 'shuttle', 'visit'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const vehicleInput = z.object({
  plate: reqText(20),
  type: z.enum(VEHICLE_TYPES),
  seats: z.number().int().min(1).max(80),
  hired: z.boolean().default(false),
  company: optText(100),
  dayRateFen: fen.nullable().optional(),
  driverName: reqText(40),
  driverPhone: phone,
  driverUserId: uuid.nullable().optional(),
  notes: optText(500),
});
export type VehicleInput = z.infer<typeof vehicleInput>;
export const vehiclePatch = vehicleInput.partial();
export type VehiclePatch = z.infer<typeof vehiclePatch>;

export const eventVehicle = z.object({
  id: z.string(),
  plate: z.string(),
  type: z.enum(VEHICLE_TYPES),
  seats: z.number().int(),
  hired: z.boolean(),
  company: z.string().nullable(),
  dayRateFen: z.number().int().nullable(),
  driverName: z.string(),
  driverPhone: z.string(),
  driverUserId: z.string().nullable(),
  notes: z.string().nullable(),
  dispatchedAt: instant.nullable(),
  /** transfers on it */
  trips: z.number().int(),
});
export type EventVehicle = z.infer<typeof eventVehicle>;

export const transferPassenger = z.object({
  guestId: z.string(),
  name: z.string(),
  organization: z.string().nullable(),
  phone: z.string().nullable(),
  seats: z.number().int(),
  /** train or flight and its arrival/departure time, for pick-ups and drop-offs */
  ref: z.string().nullable(),
  travelAt: instant.nullable(),
});

export const transferInput = z.object({
  kind: z.enum(TRANSFER_KINDS),
  fromPlace: reqText(100),
  toPlace: reqText(100),
  departsAt: requestInstant,
  endsAt: requestInstant,
  vehicleId: uuid.nullable().optional(),
  guestIds: z.array(uuid).max(80).default([]),
  notes: optText(500),
});
export type TransferInput = z.infer<typeof transferInput>;
export const transferPatch = transferInput.partial().extend({ status: z.enum(['planned', 'done']).optional() });
export type TransferPatch = z.infer<typeof transferPatch>;

export const eventTransfer = z.object({
  id: z.string(),
  kind: z.enum(TRANSFER_KINDS),
  fromPlace: z.string(),
  toPlace: z.string(),
  departsAt: instant,
  endsAt: instant,
  day: day,
  status: z.enum(['planned', 'done']),
  notes: z.string().nullable(),
  vehicleId: z.string().nullable(),
  vehicle: z.string().nullable(),
  vehicleSeats: z.number().int().nullable(),
  driverName: z.string().nullable(),
  driverPhone: z.string().nullable(),
  seatsTaken: z.number().int(),
  passengers: z.array(transferPassenger),
});
export type EventTransfer = z.infer<typeof eventTransfer>;

export const transportOverview = z.object({
  vehicles: z.array(eventVehicle),
  transfers: z.array(eventTransfer),
  /** registered guests, for choosing passengers */
  guests: z.array(z.object({ id: z.string(), name: z.string(), organization: z.string().nullable(), seats: z.number().int() })),
});
export type TransportOverview = z.infer<typeof transportOverview>;

export const transferMove = z.object({ guestId: uuid, fromTransferId: uuid, toTransferId: uuid });
export type TransferMove = z.infer<typeof transferMove>;

/** One pick-up (or drop-off) the arrivals (departures) suggest: who, from where, when. */
export const suggestedTransfer = z.object({
  kind: z.enum(['pickup', 'dropoff']),
  fromPlace: reqText(100),
  toPlace: reqText(100),
  departsAt: requestInstant,
  endsAt: requestInstant,
  guestIds: z.array(uuid).min(1).max(80),
  seats: z.number().int().optional(),
  names: z.array(z.string()).optional(),
});
export type SuggestedTransfer = z.infer<typeof suggestedTransfer>;
export const suggestQuery = z.object({
  kind: z.enum(['pickup', 'dropoff']).default('pickup'),
  /** where the pick-ups go (drop-offs leave from); the hotel by default */
  place: z.string().trim().max(100).optional(),
});
export const suggestion = z.object({ windowMinutes: z.number().int(), transfers: z.array(suggestedTransfer) });
export const pickupsCreate = z.object({ transfers: z.array(suggestedTransfer).min(1).max(100) });
export type PickupsCreate = z.infer<typeof pickupsCreate>;

export const dispatchQuery = z.object({ vehicleId: uuid, day: day.optional(), format: z.enum(['json', 'xlsx']).default('json') });
export const dispatchSheet = z.object({
  event: z.object({ id: z.string(), name: z.string(), number: z.string(), hostUnit: z.string() }),
  vehicle: eventVehicle,
  day: z.string().nullable(),
  contact: z.object({ name: z.string(), phone: z.string().nullable() }),
  transfers: z.array(eventTransfer),
});
export type DispatchSheet = z.infer<typeof dispatchSheet>;
export const dispatchSent = z.object({ sent: z.number().int(), vehicle: eventVehicle });

export const TRANSPORT_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  vehicle_double_dispatched: { status: 409, zh: '该车辆在这段时间已有派车任务', en: 'The vehicle is already dispatched at that time' },
  guest_transfer_overlap: {
    status: 409,
    zh: '该嘉宾在这段时间已安排在其他车次',
    en: 'The guest is already on another transfer at that time',
  },
  vehicle_over_capacity: { status: 422, zh: '乘车人数超过车辆座位数', en: 'More passengers than the vehicle has seats' },
  vehicle_plate_exists: { status: 409, zh: '该车牌已登记', en: 'This plate is already registered' },
  vehicle_in_use: { status: 409, zh: '车辆已有派车任务，不能删除', en: 'The vehicle has transfers; it cannot be removed' },
  transfer_times_reversed: { status: 422, zh: '结束时间须晚于出发时间', en: 'The end must be after the departure' },
  transfer_guest_unknown: { status: 422, zh: '乘车人不是本次会务的已报名嘉宾', en: 'A passenger is not a registered guest of this event' },
  transfer_not_on_it: { status: 422, zh: '该嘉宾不在原车次上', en: 'The guest is not on that transfer' },
  vehicle_hired_needs_company: { status: 422, zh: '租用车辆须填写租车公司', en: 'A hired vehicle needs its company' },
  driver_not_staff: { status: 422, zh: '司机账号不是本物业员工', en: 'The driver account is not staff of this property' },
};
