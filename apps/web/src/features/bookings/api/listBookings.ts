import { api, getAll, qs, type Page } from '../../../lib/api';
import type { Booking } from './types';

/** Every booking the filters select (all pages). */
export const listAllBookings = (params: Record<string, unknown>): Promise<Booking[]> => getAll<Booking>('/bookings', params);

/** One page of bookings. */
export const listPage = (params: Record<string, unknown>, cursor: string | null): Promise<Page<Booking>> =>
  api.get<Page<Booking>>(`/bookings${qs({ ...params, cursor })}`);
