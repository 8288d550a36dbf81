/** Zod request schemas shared by the bookings features: ids, instants, local dates, the list query, reasons. Bodies are strict. */
import { z } from 'zod';
import { BOOKING_STATUSES } from '@hy/contracts';
import { optText, pageQuery, reqText } from '../../../lib/http.ts';

export const id = z.string().uuid();
export const instant = z.string().datetime({ offset: true });

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
export const optionalReasonBody = z
  .object({ reason: optText(500) })
  .strict()
  .default({});

export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    '日期无效 / invalid date',
  );
