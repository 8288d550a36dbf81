import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { bookingKeys } from './keys';
import type { Booking } from './types';

export const bookingQuery = (id: string | null | undefined) =>
  queryOptions({ queryKey: bookingKeys.one(id), queryFn: () => api.get<Booking>(`/bookings/${id}`), enabled: !!id });
export const useBooking = (id: string | null | undefined) => useQuery(bookingQuery(id));
