/**
 * Visitors (来访登记, F1, F6): the desk asks whom they visit, the host consents (in the app, or the desk phones
 * and records the answer), the ID is registered, a slip with a QR code is printed, the visitor signs out by
 * the slip. Appointments are pre-registered by the host, a tenant in the portal or staff for the executive
 * floor. A watch list holds a matching visitor for a supervisor's decision.
 */
import { z } from 'zod';
import { instant, page } from '../fields.ts';

export const VISIT_KINDS = ['appointment', 'walk_in'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/**
 * expected (appointment, the host's word given) · awaiting_consent (walk-in, the host is asked) · held (the
 * watch list matched: a supervisor decides) · admitted (consent recorded) → checked_in → checked_out;
 * declined (host or supervisor said no), cancelled, no_show (an appointment that never came).
 */
export const VISIT_STATUSES = [
  'expected',
  'awaiting_consent',
  'held',
  'admitted',
  'declined',
  'checked_in',
  'checked_out',
  'cancelled',
  'no_show',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const ID_TYPES = ['resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const CONSENT_ANSWERS = ['accept', 'decline', 'come_down'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];
export const CONSENT_CHANNELS = ['app', 'phone'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export const WATCH_KINDS = ['name', 'id_number', 'phone', 'keyword'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

/**
 * Minutes the host has to answer a walk-in's consent request in the app before the desk is told to phone: the
 * property setting 'frontDesk.consentTimeoutMinutes' (places/settings.ts).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * A resident identity card number (居民身份证, GB 11643-1999): 6-digit area, an existing birth date
 * (YYYYMMDD, from 1900), a 3-digit sequence and the ISO 7064 MOD 11-2 check character (0–9 or X).
 */
export function isValidResidentId(raw: string): boolean {
  const s = raw.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return CHECK[sum % 11] === s[17];
}

/** An ID number as others see it: the first 3 and last 4 characters ("110***********1234"). */
export function maskIdNumber(s: string | null): string | null {
  if (!s) return s;
  if (s.length <= 6) return '*'.repeat(s.length);
  return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
}

export const visitConsent = z.object({
  channel: z.enum(CONSENT_CHANNELS),
  answer: z.enum(CONSENT_ANSWERS),
  /** Who gave the word (the host, or for the executive floor the office's secretary). */
  consenterName: z.string().nullable(),
  recordedByName: z.string().nullable(),
  at: instant,
  note: z.string().nullable(),
});
export type VisitConsent = z.infer<typeof visitConsent>;

export const visitHold = z.object({
  kind: z.enum(WATCH_KINDS),
  value: z.string(),
  reason: z.string(),
  decision: z.enum(['admit', 'refuse']).nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: instant.nullable(),
  note: z.string().nullable(),
});

export const visit = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  kind: z.enum(VISIT_KINDS),
  status: z.enum(VISIT_STATUSES),
  hostEntryId: z.string(),
  hostName: z.string(),
  hostUnit: z.string().nullable(),
  hostLocation: z.string().nullable(),
  hostPhone: z.string().nullable(),
  /** The host's floor admits only with the office's word (F6). */
  officeWord: z.boolean(),
  visitorName: z.string(),
  visitorPhone: z.string().nullable(),
  company: z.string().nullable(),
  idType: z.enum(ID_TYPES).nullable(),
  /** Masked unless the reader is the desk or a manager. */
  idNumber: z.string().nullable(),
  partySize: z.number().int(),
  carPlate: z.string().nullable(),
  badgeNo: z.string().nullable(),
  purpose: z.string().nullable(),
  expectedAt: instant.nullable(),
  consent: visitConsent.nullable(),
  consentDeadline: instant.nullable(),
  /** The consent request timed out: the desk phones the host. */
  consentOverdue: z.boolean(),
  hold: visitHold.nullable(),
  /** The meeting (service notice) whose attendee list pre-registered this guest: the desk groups them by it. */
  noticeId: z.string().nullable(),
  /** Marked as never come (by the end-of-day job or the desk by hand). */
  noShowAt: instant.nullable(),
  /** The slip's QR payload (only to the desk and the host). */
  slipToken: z.string().nullable(),
  checkedInAt: instant.nullable(),
  checkedOutAt: instant.nullable(),
  checkedOutByName: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: instant,
  policies: z.object({
    consent: z.boolean(),
    checkIn: z.boolean(),
    checkOut: z.boolean(),
    decide: z.boolean(),
    cancel: z.boolean(),
    noShow: z.boolean(),
  }),
});
export type Visit = z.infer<typeof visit>;
export const visitPage = page(visit);

export const watchEntry = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: z.enum(WATCH_KINDS),
  value: z.string(),
  reason: z.string(),
  active: z.boolean(),
  createdByName: z.string().nullable(),
  createdAt: instant,
});
export type WatchEntry = z.infer<typeof watchEntry>;
export const watchList = z.object({ data: z.array(watchEntry) });

export const VISITOR_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  consent_required: { status: 422, zh: '被访人尚未同意，不能放行', en: 'The host has not consented: the visitor cannot be let in' },
  office_word_required: {
    status: 422,
    zh: '该领导须经办公室确认（电话记录秘书姓名）后方可放行',
    en: "This executive's office must give its word (recorded by phone with the secretary's name) first",
  },
  id_number_invalid: { status: 422, zh: '身份证号码无效（校验位不符）', en: 'The identity card number is invalid (check digit)' },
  watchlist_hold: {
    status: 422,
    zh: '该访客被关注名单拦下，须主管决定',
    en: 'The visitor is held by the watch list: a supervisor decides',
  },
  visit_state_invalid: { status: 409, zh: '当前状态下不能进行此操作', en: 'Not possible in the visit’s current state' },
  visit_meeting_host_unknown: {
    status: 422,
    zh: '通讯录中找不到会议的联系人，请选择被访人',
    en: "The meeting's contact is not in the directory: choose the host",
  },
  visit_meeting_inactive: { status: 422, zh: '会议已取消或已结束', en: 'The meeting is cancelled or over' },
  visit_host_unknown: {
    status: 422,
    zh: '找不到被访人（通讯录中没有您的账号）',
    en: 'The host is unknown (your account is not in the directory)',
  },
};

export const visitSlip = z.object({ token: z.string(), svgDataUrl: z.string() });
export type VisitSlip = z.infer<typeof visitSlip>;

/** A meeting of the day whose guests the desk may pre-register (its attendee list), with how many are registered. */
export const visitMeeting = z.object({
  noticeId: z.string(),
  number: z.string(),
  topic: z.string(),
  organizerUnit: z.string(),
  contactName: z.string(),
  startAt: instant,
  endAt: instant,
  /** Attendees who are guests from outside (not in the directory). */
  guests: z.number().int(),
  /** Visits already pre-registered from its list. */
  registered: z.number().int(),
});
export type VisitMeeting = z.infer<typeof visitMeeting>;
export const visitMeetingList = z.object({ data: z.array(visitMeeting) });

/** POST /front-desk/visits/from-meeting: what one run did (a second run creates nothing new). */
export const visitsFromMeeting = z.object({
  noticeId: z.string(),
  hostName: z.string(),
  created: z.number().int(),
  /** Attendees who already had a visit from an earlier run. */
  existing: z.number().int(),
  /** Attendees who are in the directory (staff or tenants of the building): no visit. */
  internal: z.number().int(),
  data: z.array(visit),
});
export type VisitsFromMeeting = z.infer<typeof visitsFromMeeting>;
