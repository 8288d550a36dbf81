import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { bookingKeys } from './keys';
import type { Booking } from './types';

export type BookingDecision = 'approve' | 'reject' | 'cancel' | 'cancelSeries';
export interface DecideVars {
  booking: Pick<Booking, 'id' | 'seriesId'>;
  action: BookingDecision;
  reason?: string;
}

/** Approve, reject or cancel a booking; cancelSeries cancels every future occurrence of its series. Answers the booking as it is now. */
export async function decideBooking({ booking, action, reason }: DecideVars): Promise<Booking> {
  if (action === 'cancelSeries') {
    await api.post(`/bookings/series/${booking.seriesId}/cancel`, { reason });
    return api.get<Booking>(`/bookings/${booking.id}`);
  }
  return api.post<Booking>(`/bookings/${booking.id}/${action}`, reason ? { reason } : {});
}

export const useDecideBooking = (o: Omit<ApiMutationOptions<DecideVars, Booking>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: decideBooking, invalidate: [bookingKeys.all], ...o });
