/** Requests of visitors and the watch list. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import {
  CONSENT_ANSWERS,
  CONSENT_CHANNELS,
  ID_TYPES,
  VISIT_KINDS,
  VISIT_STATUSES,
  WATCH_KINDS,
  optText,
  pageQuery,
  optPhone,
  reqText,
  requestDate,
  uuid,
} from '@hy/contracts';

const identity = {
  idType: z.enum(ID_TYPES).nullish(),
  idNumber: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9A-Za-z\- ]*$/, 'id')
    .nullish()
    .transform((v) => (v ? v.toUpperCase() : null)),
  partySize: z.number().int().min(1).max(200).optional(),
  carPlate: optText(16),
  badgeNo: optText(20),
};

export const visitCreate = z
  .object({
    propertyId: uuid,
    kind: z.enum(VISIT_KINDS),
    /** The person visited (a tenant may leave it out: themselves). */
    hostEntryId: uuid.optional(),
    visitorName: reqText(40),
    visitorPhone: optPhone,
    company: optText(80),
    purpose: optText(200),
    expectedAt: requestDate.optional(),
    noticeId: uuid.nullish(),
    ...identity,
  })
  .strict();
export type VisitCreate = z.infer<typeof visitCreate>;

export const consentBody = z
  .object({
    answer: z.enum(CONSENT_ANSWERS),
    channel: z.enum(CONSENT_CHANNELS).default('app'),
    /** Who gave the word on the phone (the host, or the executive office's secretary). */
    consenterName: optText(40),
    note: optText(200),
  })
  .strict();
export type ConsentBody = z.infer<typeof consentBody>;

export const checkInBody = z.object(identity).strict();
export type CheckInBody = z.infer<typeof checkInBody>;

export const decideBody = z.object({ decision: z.enum(['admit', 'refuse']), note: optText(200) }).strict();
export const slipBody = z.object({ propertyId: uuid, slipToken: z.string().trim().min(8).max(64) }).strict();

export const VISIT_VIEWS = ['today', 'awaiting', 'inside', 'history', 'mine'] as const;
export const visitQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  view: z.enum(VISIT_VIEWS).default('history'),
  q: z.string().trim().max(64).optional(),
  /** History: only visits in this state (e.g. no_show). */
  status: z.enum(VISIT_STATUSES).optional(),
  /** Only the guests pre-registered from this meeting (service notice). */
  noticeId: uuid.optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
});
export type VisitQuery = z.infer<typeof visitQuery>;
export const visitExportQuery = visitQuery.omit({ limit: true, cursor: true });

export const watchCreate = z.object({ propertyId: uuid, kind: z.enum(WATCH_KINDS), value: reqText(60), reason: reqText(200) }).strict();
export type WatchCreate = z.infer<typeof watchCreate>;
export const watchQuery = z.object({ propertyId: uuid });

/** Pre-register a meeting's guests from its attendee list; the host defaults to the directory person who is its contact. */
export const fromMeetingBody = z.object({ propertyId: uuid, noticeId: uuid, hostEntryId: uuid.nullish() }).strict();
export type FromMeetingBody = z.infer<typeof fromMeetingBody>;
export const meetingsQuery = z.object({ propertyId: uuid, date: z.string().date().optional() });
export type MeetingsQuery = z.infer<typeof meetingsQuery>;
