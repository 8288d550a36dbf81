/** Bookings data: one key factory, one file per operation; other features import from here only. */
import { ApiError } from '../../../lib/api';

export * from './keys';
export * from './types';
export * from './time';
export * from './getBooking';
export * from './getBookingHistory';
export * from './listBookings';
export * from './getBoard';
export * from './saveBooking';
export * from './decideBooking';
export * from './series';
export * from './closures';
export * from './feeds';
export * from './getBureauReport';
/** The venues the booking pages offer come from places. */
export { useAllVenues } from '../../places/api';

export const problemOf = (err: unknown) => (err instanceof ApiError ? err.problem : null);
export * from './quickBook';
export * from './feeEstimate';
