import type { BookingListQuery } from '@hy/contracts';
import { api, getAll, qs, type Page, type WithSessionProperty } from '../../../lib/api';
import type { Booking } from './types';

/** The filters of a booking list (GET /bookings). */
export type BookingListParams = WithSessionProperty<BookingListQuery>;

/** Every booking the filters select (all pages). */
export const listAllBookings = (params: BookingListParams): Promise<Booking[]> => getAll<Booking>('/bookings', params);

/** One page of bookings. */
export const listPage = (params: BookingListParams, cursor: string | null): Promise<Page<Booking>> =>
  api.get<Page<Booking>>(`/bookings${qs({ ...params, cursor })}`);
