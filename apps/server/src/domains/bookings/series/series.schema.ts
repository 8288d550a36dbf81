/** Zod request schema of a booking series. */
import { z } from 'zod';
import { SERIES_LIMITS } from '@hy/contracts';
import { reqText } from '../../../lib/http.ts';
import { localDate } from '../booking/booking.schema.ts';
import { bookingCreate } from '../create/create.schema.ts';

/** A series: the booking of its first occurrence as the template, an RRULE, and exception dates. */
export const seriesInput = bookingCreate
  .extend({
    rrule: reqText(500),
    exdates: z.array(localDate).max(SERIES_LIMITS.maxOccurrences).default([]),
    skipDates: z.array(localDate).max(SERIES_LIMITS.maxOccurrences).default([]),
  })
  .strict();
export type SeriesInput = z.infer<typeof seriesInput>;
