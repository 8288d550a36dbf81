/**
 * Large events (SPEC M13): guests — the list (imported from .xlsx), invitations by personal link or QR, the guest's
 * own registration page (arrival, departure, dietary, hotel wish, ID for check-in, companions), RSVP, reminders,
 * live counts and per-session sign-in on the sessions' service notices.
 */
import { z } from 'zod';
import { day, nullableInstant, optPhone, optText, reqText, uuid } from '../fields.ts';

export const GUEST_KINDS = ['guest', 'speaker', 'staff'] as const;
export const GUEST_RSVPS = ['draft', 'invited', 'registered', 'declined', 'cancelled'] as const;
export const TRAVEL_MODES = ['train', 'plane', 'car', 'other'] as const;
export const DIETARY = ['none', 'vegetarian', 'halal', 'other'] as const;
export const HOTEL_WISHES = ['none', 'needed', 'own'] as const;
export const ROOM_SHARES = ['any', 'single', 'shared'] as const;
export const GUEST_MEALS = ['breakfast', 'lunch', 'dinner'] as const;
/** The programme sessions a guest chooses on their page (meals are chosen apart, transfers are arranged). */
export const CHOOSABLE_SESSION_KINDS = ['plenary', 'group', 'visit', 'other'] as const;
export const MAX_COMPANIONS = 3;

const companion = z.object({ name: reqText(40), relation: z.string().trim().max(40).default('') });
export type Companion = z.infer<typeof companion>;

export const guestRow = z.object({
  id: z.string(),
  kind: z.enum(GUEST_KINDS),
  name: z.string(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
  gender: z.enum(['m', 'f']).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** masked (4403**********1234) unless the reader is of the inner circle and asked for it */
  idNo: z.string().nullable(),
  idNoMasked: z.boolean(),
  vip: z.boolean(),
  rsvp: z.enum(GUEST_RSVPS),
  invitedAt: nullableInstant,
  reminders: z.number().int(),
  remindedAt: nullableInstant,
  registeredAt: nullableInstant,
  arrivalAt: nullableInstant,
  arrivalMode: z.enum(TRAVEL_MODES).nullable(),
  arrivalRef: z.string().nullable(),
  arrivalStation: z.string().nullable(),
  departureAt: nullableInstant,
  departureMode: z.enum(TRAVEL_MODES).nullable(),
  departureRef: z.string().nullable(),
  departureStation: z.string().nullable(),
  dietary: z.enum(DIETARY),
  dietaryNote: z.string().nullable(),
  hotelWish: z.enum(HOTEL_WISHES),
  roomShare: z.enum(ROOM_SHARES),
  companions: z.array(z.object({ name: z.string(), relation: z.string() })),
  attendDays: z.array(z.string()),
  sessionIds: z.array(z.string()),
  meals: z.array(z.string()),
  notes: z.string().nullable(),
  /** the personal link's key (/e/<token>) */
  inviteToken: z.string(),
});
export type GuestRow = z.infer<typeof guestRow>;

export const guestListQuery = z.object({
  rsvp: z.enum(GUEST_RSVPS).optional(),
  kind: z.enum(GUEST_KINDS).optional(),
  organization: z.string().trim().max(100).optional(),
  q: z.string().trim().max(50).optional(),
  /** inner circle only: show the ID numbers unmasked (audited) */
  reveal: z.enum(['true', 'false']).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export const guestList = z.object({ data: z.array(guestRow), total: z.number().int() });

const guestFields = {
  kind: z.enum(GUEST_KINDS).default('guest'),
  name: reqText(40),
  organization: optText(100),
  title: optText(60),
  gender: z
    .enum(['m', 'f'])
    .nullish()
    .transform((v) => v ?? null),
  phone: optPhone,
  email: z
    .string()
    .trim()
    .email()
    .max(120)
    .nullish()
    .or(z.literal(''))
    .transform((v) => v || null),
  idNo: optText(30),
  vip: z.boolean().default(false),
  notes: optText(500),
};
export const guestCreate = z.object(guestFields).strict();
export type GuestCreate = z.infer<typeof guestCreate>;
export type GuestCreateInput = z.input<typeof guestCreate>;
export const guestPatch = z
  .object({
    kind: guestFields.kind.optional(),
    name: guestFields.name.optional(),
    organization: guestFields.organization,
    title: guestFields.title,
    gender: guestFields.gender,
    phone: guestFields.phone,
    email: guestFields.email,
    idNo: guestFields.idNo,
    vip: z.boolean().optional(),
    notes: guestFields.notes,
  })
  .partial()
  .strict();
export type GuestPatch = z.infer<typeof guestPatch>;
export type GuestPatchInput = z.input<typeof guestPatch>;

export const guestImportResult = z.object({ imported: z.number().int() });
export const guestIdsBody = z.object({ guestIds: z.array(uuid).max(2000).optional() }).strict();
export const guestInviteResult = z.object({ invited: z.number().int(), sms: z.number().int(), email: z.number().int() });
export const guestLink = z.object({ link: z.string(), pngDataUrl: z.string() });
export const guestRemindResult = z.object({ reminded: z.number().int() });
export const guestSyncResult = z.object({ added: z.number().int(), sessions: z.number().int() });

export const guestCounts = z.object({
  total: z.number().int(),
  invited: z.number().int(),
  registered: z.number().int(),
  declined: z.number().int(),
  pending: z.number().int(),
  people: z.number().int(),
  vip: z.number().int(),
  hotelNeeded: z.number().int(),
  perDay: z.record(z.number().int()),
  perSession: z.record(z.number().int()),
  perMeal: z.record(z.object({ people: z.number().int(), dietary: z.record(z.number().int()) })),
  sessions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      startsAt: z.string(),
      registered: z.number().int(),
      /** on the session's notice as attendees / of them signed in (null when the session has no notice) */
      attendees: z.number().int().nullable(),
      signedIn: z.number().int().nullable(),
      noticeId: z.string().nullable(),
    }),
  ),
  /** the bilingual invitation text */
  invitation: z.object({ zh: z.string(), en: z.string() }),
  closesOn: z.string(),
});
export type GuestCounts = z.infer<typeof guestCounts>;

/** What the guest sends from their page. */
const travel = {
  at: z.string().datetime({ offset: true }).nullish(),
  mode: z.enum(TRAVEL_MODES).nullish(),
  ref: optText(30),
  station: optText(60),
};
export const registrationBody = z.discriminatedUnion('answer', [
  z.object({ answer: z.literal('decline'), note: optText(500) }).strict(),
  z
    .object({
      answer: z.literal('register'),
      attendDays: z
        .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
        .min(1)
        .max(31),
      sessionIds: z.array(uuid).max(100).default([]),
      meals: z
        .array(z.string().regex(/^\d{4}-\d{2}-\d{2}:(breakfast|lunch|dinner)$/))
        .max(100)
        .default([]),
      arrival: z.object(travel).strict().nullish(),
      departure: z.object(travel).strict().nullish(),
      dietary: z.enum(DIETARY).default('none'),
      dietaryNote: optText(200),
      hotelWish: z.enum(HOTEL_WISHES).default('none'),
      roomShare: z.enum(ROOM_SHARES).default('any'),
      idNo: optText(30),
      companions: z.array(companion).max(MAX_COMPANIONS).default([]),
      phone: optPhone,
      note: optText(500),
    })
    .strict(),
]);
export type RegistrationBody = z.infer<typeof registrationBody>;
export type RegistrationInput = z.input<typeof registrationBody>;
export const tokenParam = z.object({ token: z.string().min(10).max(100) });

export const publicRegistration = z.object({
  event: z.object({
    name: z.string(),
    hostUnit: z.string(),
    startsOn: day,
    endsOn: day,
    place: z.string().nullable(),
    days: z.array(z.string()),
  }),
  guest: z.object({
    name: z.string(),
    organization: z.string().nullable(),
    title: z.string().nullable(),
    kind: z.enum(GUEST_KINDS),
    rsvp: z.enum(GUEST_RSVPS),
    registeredAt: nullableInstant,
    arrivalAt: nullableInstant,
    arrivalMode: z.enum(TRAVEL_MODES).nullable(),
    arrivalRef: z.string().nullable(),
    arrivalStation: z.string().nullable(),
    departureAt: nullableInstant,
    departureMode: z.enum(TRAVEL_MODES).nullable(),
    departureRef: z.string().nullable(),
    departureStation: z.string().nullable(),
    dietary: z.enum(DIETARY),
    dietaryNote: z.string().nullable(),
    hotelWish: z.enum(HOTEL_WISHES),
    roomShare: z.enum(ROOM_SHARES),
    /** masked: the page never shows the whole number back */
    idNo: z.string().nullable(),
    phone: z.string().nullable(),
    companions: z.array(z.object({ name: z.string(), relation: z.string() })),
    attendDays: z.array(z.string()),
    sessionIds: z.array(z.string()),
    meals: z.array(z.string()),
  }),
  sessions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      place: z.string().nullable(),
    }),
  ),
  meals: z.array(z.string()),
  closesOn: z.string(),
  open: z.boolean(),
  room: z
    .object({
      hotel: z.string(),
      address: z.string().nullable(),
      phone: z.string().nullable(),
      roomType: z.string(),
      roomNo: z.string().nullable(),
      checkInOn: z.string(),
      checkOutOn: z.string(),
      sharedWith: z.array(z.string()),
    })
    .nullable(),
  transfers: z.array(
    z.object({
      kind: z.string(),
      at: z.string(),
      from: z.string(),
      to: z.string(),
      vehicle: z.string(),
      driver: z.string().nullable(),
      driverPhone: z.string().nullable(),
    }),
  ),
});
export type PublicRegistration = z.infer<typeof publicRegistration>;

export const GUESTS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  guest_import_invalid: { status: 422, zh: '导入文件有错误行，未导入任何嘉宾', en: 'The import has bad rows; no guest was imported' },
  guest_exists: { status: 409, zh: '名单上已有同名同手机号的嘉宾', en: 'A guest with this name and phone is on the list' },
  guest_not_draft: { status: 409, zh: '嘉宾已邀请或已报名，不能删除，请改为取消', en: 'The guest was invited already; cancel instead' },
  registration_closed: { status: 422, zh: '报名已截止，请联系会务组', en: 'Registration has closed; please contact the organizers' },
  guest_not_invited: { status: 409, zh: '尚未发出邀请', en: 'The guest has not been invited' },
  guest_departure_before_arrival: { status: 422, zh: '离会时间不能早于报到时间', en: 'Departure cannot be before arrival' },
  guest_day_outside_event: { status: 422, zh: '参会日期不在会期内', en: 'A day is outside the event' },
  guest_meal_outside_event: { status: 422, zh: '用餐日期不在会期内', en: 'A meal is outside the event days' },
  guest_session_unknown: { status: 422, zh: '所选议程不存在或不可选', en: 'A chosen session does not exist or cannot be chosen' },
  guest_travel_incomplete: { status: 422, zh: '请填写交通方式', en: 'Give the travel mode' },
};
