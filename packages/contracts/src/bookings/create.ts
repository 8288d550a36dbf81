/** Making and changing a booking (SPEC M2, M12): the bodies the booking form sends. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { BOOKING_CHANNELS, BOOKING_SERVICES, CONFIDENTIALITY_LEVELS, IMPORTANCE_LEVELS, WATER_KINDS } from '../bookings.ts';
import { optText, phone, reqText, requestInstant, uuid } from '../fields.ts';
import { LAYOUTS } from '../places.ts';

const service = z
  .object({
    code: z.enum(BOOKING_SERVICES),
    qty: z.number().int().min(1).max(100_000).optional(),
    kind: z.enum(WATER_KINDS).optional(),
    text: z.string().trim().min(1).max(200).optional(),
    notes: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.code === 'banner' && !s.text) ctx.addIssue({ code: 'custom', path: ['text'], message: '会标需填写内容 / banner text required' });
    if (s.code === 'water' && !s.kind) ctx.addIssue({ code: 'custom', path: ['kind'], message: '请选择饮水方式 / water kind required' });
  });
const services = z
  .array(service)
  .max(50)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      const key = `${s.code}:${s.kind ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: '重复的服务项目 / listed twice' });
      seen.add(key);
    });
  });

/** 《租用会议室申请表》 (C class). */
const application = z
  .object({
    applicantUnit: reqText(200),
    purpose: reqText(1000),
    handlerName: optText(64),
    handlerPhone: phone.nullish(),
    leadersAttending: optText(500),
    attendeeScope: optText(500),
    remarks: optText(1000),
  })
  .strict();

const fields = {
  venueId: uuid,
  startAt: requestInstant,
  endAt: requestInstant,
  layout: z.enum(LAYOUTS).nullish(),
  attendeeCount: z.number().int().min(1).max(100_000),
  topic: reqText(200),
  organizationId: uuid.nullish(),
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
  overrideLeadTime: z
    .object({ reason: reqText(500) })
    .strict()
    .optional(),
};

/** POST /bookings */
export const bookingCreateBody = z
  .object({
    ...fields,
    propertyId: uuid,
    channel: z.enum(BOOKING_CHANNELS).optional(),
    services: services.default([]),
    confidentiality: fields.confidentiality.default('public'),
    importance: fields.importance.default('ordinary'),
    specialSetup: fields.specialSetup.default(false),
  })
  .strict();
export type BookingCreateBody = z.input<typeof bookingCreateBody>;

/** PATCH /bookings/{id}: the fields changed, with the version read. */
export const bookingPatchBody = z
  .object(fields)
  .partial()
  .extend({
    version: z.number().int().min(1),
    /** Required when the booking has ended: staff record a correction, with its reason (audited). */
    correctionReason: z.string().trim().min(2).max(500).optional(),
  })
  .strict();
export type BookingPatchBody = z.input<typeof bookingPatchBody>;
