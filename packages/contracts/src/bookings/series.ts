/** Recurring bookings (SPEC M3): a series, the preview of its occurrences, what creating or cancelling it answers. */
import { z } from 'zod';
import { instant, nullableInstant, reqText } from '../fields.ts';
import { SERIES_LIMITS } from '../bookings.ts';
import { bookingDay, bookingDetail } from './booking.ts';
import { bookingCreateBody } from './create.ts';
import { bookingClash, closureClash } from './conflicts.ts';

/** An occurrence as checked: 'ok', 'skipped', 'excluded', or the problem's code, with its detail and clashes. */
export const seriesOccurrence = z.object({
  date: z.string(),
  start: instant,
  end: instant,
  status: z.string(),
  detail: z.string().nullable(),
  conflicts: z.array(bookingClash).optional(),
  closures: z.array(closureClash).optional(),
});
export type SeriesOccurrence = z.infer<typeof seriesOccurrence>;

export const seriesPreview = z.object({
  occurrences: z.array(seriesOccurrence),
  summary: z.object({ total: z.number(), ok: z.number(), skipped: z.number(), excluded: z.number(), problems: z.number() }),
});
export type SeriesPreview = z.infer<typeof seriesPreview>;

export const seriesRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  venueId: z.string(),
  rrule: z.string(),
  dtstart: instant,
  until: nullableInstant,
  count: z.number().nullable(),
  durationMinutes: z.number(),
  exdates: z.array(z.string()),
  createdBy: z.string(),
  createdAt: instant,
  cancelledAt: nullableInstant,
  cancelReason: z.string().nullable(),
});
export type SeriesRecord = z.infer<typeof seriesRecord>;

/** A series with its bookings (those the reader may see). */
export const seriesDetail = z.object({ series: seriesRecord, bookings: z.array(bookingDetail) });
export type SeriesDetail = z.infer<typeof seriesDetail>;

export const seriesCancelled = z.object({ cancelled: z.number(), bookings: z.array(bookingDetail) });
export type SeriesCancelled = z.infer<typeof seriesCancelled>;

/** POST /bookings/series and /bookings/series/preview: the booking of its first occurrence as the template, an RRULE, and exception dates. */
export const bookingSeriesBody = bookingCreateBody
  .extend({
    rrule: reqText(500),
    exdates: z.array(bookingDay).max(SERIES_LIMITS.maxOccurrences).default([]),
    skipDates: z.array(bookingDay).max(SERIES_LIMITS.maxOccurrences).default([]),
  })
  .strict();
export type BookingSeriesBody = z.input<typeof bookingSeriesBody>;
