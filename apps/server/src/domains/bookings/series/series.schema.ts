/** Request schema of a booking series: the bookings contract's body (the booking form sends it). */
import type { z } from 'zod';
import type { bookingSeriesBody } from '@hy/contracts';

export { bookingSeriesBody as seriesInput } from '@hy/contracts';
export type SeriesInput = z.infer<typeof bookingSeriesBody>;
