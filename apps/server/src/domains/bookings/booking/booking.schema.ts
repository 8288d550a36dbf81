/** Request schemas shared by the bookings features: the list query and the reasons, from the bookings contract (the web sends them). */
import type { z } from 'zod';
import type { bookingListQuery } from '@hy/contracts';

export {
  bookingListQuery as bookingQuery,
  bookingReasonBody as reasonBody,
  bookingOptionalReasonBody as optionalReasonBody,
} from '@hy/contracts';
export type BookingQuery = z.infer<typeof bookingListQuery>;
