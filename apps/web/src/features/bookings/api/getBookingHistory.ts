import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { bookingKeys } from './keys';
import type { BookingHistoryEvent } from './types';

export const bookingHistoryQuery = (id: string | null | undefined) =>
  queryOptions({
    queryKey: bookingKeys.history(id),
    queryFn: () => api.get<{ data: BookingHistoryEvent[] }>(`/bookings/${id}/history`),
    enabled: !!id,
  });
export const useBookingHistory = (id: string | null | undefined) => useQuery(bookingHistoryQuery(id));
