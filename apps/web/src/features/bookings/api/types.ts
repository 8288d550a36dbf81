/** Bookings records as the API answers them (inferred from the contract). */
import type { BookingClash, BookingDetail, BookingHistoryEntry, ClosureClash } from '@hy/contracts';

export type Booking = BookingDetail;
export type BookingHistoryEvent = BookingHistoryEntry;
/** One clashing booking of a 409 booking_conflict (topic/organizer hidden when the user may not see them). */
export type Conflict = BookingClash;
export type ClosureConflict = ClosureClash;
