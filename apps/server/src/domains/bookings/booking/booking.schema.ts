/** Zod request schemas of bookings. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import {
  BOOKING_CHANNELS, BOOKING_SERVICES, BOOKING_STATUSES, CALENDAR_FEED_KINDS, CONFIDENTIALITY_LEVELS, IMPORTANCE_LEVELS, LAYOUTS, SERIES_LIMITS,
  VENUE_CLASSES, WATER_KINDS,
} from '@hy/contracts';
import { optText, pageQuery, phone, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true });

const service = z.object({
  code: z.enum(BOOKING_SERVICES),
  qty: z.number().int().min(1).max(100_000).optional(),
  kind: z.enum(WATER_KINDS).optional(),
  text: z.string().trim().min(1).max(200).optional(),
  notes: z.string().trim().max(500).optional(),
}).strict().superRefine((s, ctx) => {
  if (s.code === 'banner' && !s.text) ctx.addIssue({ code: 'custom', path: ['text'], message: '会标需填写内容 / banner text required' });
  if (s.code === 'water' && !s.kind) ctx.addIssue({ code: 'custom', path: ['kind'], message: '请选择饮水方式 / water kind required' });
});
const services = z.array(service).max(50).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((s, i) => {
    const key = `${s.code}:${s.kind ?? ''}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: '重复的服务项目 / listed twice' });
    seen.add(key);
  });
});

/** 《租用会议室申请表》 (C class). */
const application = z.object({
  applicantUnit: reqText(200), purpose: reqText(1000), handlerName: optText(64), handlerPhone: phone.nullish(),
  leadersAttending: optText(500), attendeeScope: optText(500), remarks: optText(1000),
}).strict();

const fields = {
  venueId: id,
  startAt: instant,
  endAt: instant,
  layout: z.enum(LAYOUTS).nullish(),
  attendeeCount: z.number().int().min(1).max(100_000),
  topic: reqText(200),
  organizationId: id.nullish(),
  organizerUnit: optText(200),
  contactName: reqText(64),
  contactPhone: phone,
  services,
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
  importance: z.enum(IMPORTANCE_LEVELS),
  notes: optText(2000),
  specialSetup: z.boolean(),
  setupPlan: optText(4000),
  application: application.nullish(),
  /** Staff holding bookings.override_lead_time book inside the lead time with a recorded reason. */
  overrideLeadTime: z.object({ reason: reqText(500) }).strict().optional(),
};

export const bookingCreate = z.object({
  ...fields,
  propertyId: id,
  channel: z.enum(BOOKING_CHANNELS).optional(),
  services: services.default([]),
  confidentiality: fields.confidentiality.default('public'),
  importance: fields.importance.default('ordinary'),
  specialSetup: fields.specialSetup.default(false),
}).strict();
export type BookingCreate = z.infer<typeof bookingCreate>;

export const bookingPatch = z.object(fields).partial().extend({ version: z.number().int().min(1) }).strict();
export type BookingPatch = z.infer<typeof bookingPatch>;

export const bookingQuery = z.object({
  ...pageQuery,
  propertyId: id,
  from: instant.optional(),
  to: instant.optional(),
  venueId: id.optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  organizationId: id.optional(),
  seriesId: id.optional(),
});
export type BookingQuery = z.infer<typeof bookingQuery>;

export const reasonBody = z.object({ reason: reqText(500) }).strict();
export const optionalReasonBody = z.object({ reason: optText(500) }).strict().default({});

// ---------- series, closures, board, feeds, reports ----------

export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), '日期无效 / invalid date');

/** A series: the booking of its first occurrence as the template, an RRULE, and exception dates. */
export const seriesInput = bookingCreate.extend({
  rrule: reqText(500),
  exdates: z.array(localDate).max(SERIES_LIMITS.maxOccurrences).default([]),
  skipDates: z.array(localDate).max(SERIES_LIMITS.maxOccurrences).default([]),
}).strict();
export type SeriesInput = z.infer<typeof seriesInput>;

export const closureInput = z.object({
  propertyId: id, venueId: id, startAt: instant, endAt: instant, reason: reqText(500),
  /** true: only report the bookings it would collide with. */
  preview: z.boolean().default(false),
}).strict();
export type ClosureInput = z.infer<typeof closureInput>;

export const closureResolve = z.discriminatedUnion('action', [
  z.object({ bookingId: id, action: z.literal('move'), venueId: id.optional(), startAt: instant.optional(), endAt: instant.optional() }).strict(),
  z.object({ bookingId: id, action: z.literal('cancel'), reason: reqText(500) }).strict(),
  z.object({ bookingId: id, action: z.literal('keep') }).strict(),
]);
export type ClosureResolve = z.infer<typeof closureResolve>;

export const closureQuery = z.object({ propertyId: id, from: instant.optional(), to: instant.optional(), venueId: id.optional() });

const csv = z.string().max(500).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
export const boardQuery = z.object({
  propertyId: id,
  date: localDate,
  days: z.enum(['1', '7']).default('1').transform(Number),
  buildingId: id.optional(),
  venueClass: z.enum(VENUE_CLASSES).optional(),
  minSeats: z.coerce.number().int().min(1).max(100_000).optional(),
  equipment: csv.optional(),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const feedCreate = z.object({ propertyId: id, kind: z.enum(CALENDAR_FEED_KINDS), targetId: id.optional() }).strict();
export type FeedCreate = z.infer<typeof feedCreate>;
export const propertyQuery = z.object({ propertyId: id });
export const tokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });

export const reportQuery = z.object({ propertyId: id, date: localDate });
