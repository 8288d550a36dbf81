/**
 * Quick booking from the board (SPEC M2): what a dispatcher's quick-book popover starts from — the
 * units they booked for lately, the caller found by phone number, and the room's usual attendance.
 */
import { z } from 'zod';
import { phone, uuid } from '../fields.ts';
import { LAYOUTS } from '../places.ts';

export const quickBookQuery = z
  .object({
    propertyId: uuid,
    venueId: uuid,
    /** The caller's number: their unit and contact come from their last booking. */
    phone: phone.optional(),
  })
  .strict();
export type QuickBookQuery = z.input<typeof quickBookQuery>;

/** A unit to book for, with its contact and the topic it last booked under. */
export const quickBookUnit = z.object({
  organizationId: z.string().nullable(),
  organizerUnit: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  topic: z.string(),
  attendeeCount: z.number().int().nullable(),
});
export type QuickBookUnit = z.infer<typeof quickBookUnit>;

export const quickBookDefaults = z.object({
  /** Units this dispatcher booked for, most recent first (at most five). */
  recent: z.array(quickBookUnit),
  /** The unit found by the caller's phone number, if any. */
  caller: quickBookUnit.nullable(),
  /** The room's usual attendance (median of its recent meetings), and its usual layout. */
  usualAttendees: z.number().int().nullable(),
  usualLayout: z.enum(LAYOUTS).nullable(),
});
export type QuickBookDefaults = z.infer<typeof quickBookDefaults>;
