/** A booking as the API answers it (SPEC M2, M3, M12): one booking whole, a page of them, its audit trail; the list query and the reasons the web sends. */
import { z } from 'zod';
import {
  BOOKING_CHANNELS,
  BOOKING_SERVICES,
  BOOKING_STATUSES,
  CONFIDENTIALITY_LEVELS,
  IMPORTANCE_LEVELS,
  WATER_KINDS,
} from '../bookings.ts';
import { LAYOUTS } from '../places.ts';
import { instant, list, nullableInstant, optText, page, pageQuery, realDay, reqText, requestInstant, uuid } from '../fields.ts';

/** What the reader may do to the booking (buttons they may not use are hidden). */
/** `correctOnly`: the booking has ended; an update is a staff correction with a reason. */
export const bookingPolicies = z.object({
  update: z.boolean(),
  cancel: z.boolean(),
  approve: z.boolean(),
  reject: z.boolean(),
  correctOnly: z.boolean(),
});
export type BookingPolicies = z.infer<typeof bookingPolicies>;

/** One service requirement: banner carries its text (会标内容), water its kind. */
export const bookingServiceItem = z.object({
  code: z.enum(BOOKING_SERVICES),
  qty: z.number().optional(),
  kind: z.enum(WATER_KINDS).optional(),
  text: z.string().optional(),
  notes: z.string().optional(),
});

/** 《租用会议室申请表》 of a C-class booking. */
export const bookingApplication = z.object({
  applicantUnit: z.string(),
  purpose: z.string(),
  handlerName: z.string().nullish(),
  handlerPhone: z.string().nullish(),
  leadersAttending: z.string().nullish(),
  attendeeScope: z.string().nullish(),
  remarks: z.string().nullish(),
});

const venueRef = z.object({ id: z.string(), name: z.string().nullable() });

export const bookingDetail = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  status: z.enum(BOOKING_STATUSES),
  venue: venueRef,
  linkedVenues: z.array(venueRef),
  startAt: instant,
  endAt: instant,
  setupMinutes: z.number(),
  cleanupMinutes: z.number(),
  heldFrom: instant,
  heldTo: instant,
  organizationId: z.string().nullable(),
  organizerUnit: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  topic: z.string(),
  notes: z.string().nullable(),
  setupPlan: z.string().nullable(),
  application: bookingApplication.nullable(),
  attendeeCount: z.number(),
  layout: z.enum(LAYOUTS).nullable(),
  services: z.array(bookingServiceItem),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
  importance: z.enum(IMPORTANCE_LEVELS),
  channel: z.enum(BOOKING_CHANNELS),
  specialSetup: z.boolean(),
  leadTimeOverride: z.object({ reason: z.string(), by: z.string().nullable() }).nullable(),
  createdBy: z.string(),
  requestedAt: instant,
  decidedBy: z.string().nullable(),
  decidedAt: nullableInstant,
  decisionReason: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  cancelledAt: nullableInstant,
  cancelReason: z.string().nullable(),
  version: z.number(),
  createdAt: instant,
  updatedAt: instant,
  seriesId: z.string().nullable(),
  occurrenceDate: z.string().nullable(),
  policies: bookingPolicies,
});
export type BookingDetail = z.infer<typeof bookingDetail>;
export type BookingServiceLine = z.infer<typeof bookingServiceItem>;
export type BookingApplication = z.infer<typeof bookingApplication>;

export const bookingPage = page(bookingDetail);
export type BookingPage = z.infer<typeof bookingPage>;

/** One entry of a booking's audit trail. */
export const bookingHistoryEntry = z.object({
  id: z.number(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: instant,
  changes: z.record(z.tuple([z.unknown(), z.unknown()])).nullable(),
  meta: z.record(z.unknown()).nullable(),
});
export type BookingHistoryEntry = z.infer<typeof bookingHistoryEntry>;
export const bookingHistory = list(bookingHistoryEntry);

/* Requests: the list query, reasons, the local day the other bookings queries take. Bodies are strict. */

/** GET /bookings: the bookings of a property overlapping [from, to). */
export const bookingListQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  from: requestInstant.optional(),
  to: requestInstant.optional(),
  venueId: uuid.optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  organizationId: uuid.optional(),
  seriesId: uuid.optional(),
});
export type BookingListQuery = z.input<typeof bookingListQuery>;

/** Reject, cancel, cancel a series: the reason is required. */
export const bookingReasonBody = z.object({ reason: reqText(500) }).strict();
export type BookingReasonBody = z.input<typeof bookingReasonBody>;
/** Approve: a reason may be given. */
export const bookingOptionalReasonBody = z
  .object({ reason: optText(500) })
  .strict()
  .default({});
export type BookingOptionalReasonBody = z.input<typeof bookingOptionalReasonBody>;

/** A local day of the property 'YYYY-MM-DD' (the board, the bureau report, series exceptions). */
export const bookingDay = realDay('日期无效 / invalid date');
