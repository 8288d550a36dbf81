import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { bookingKeys } from './keys';
import type { Booking } from './types';

export interface SaveBookingVars {
  /** The booking changed (with the version read); none for a new booking. */
  booking?: Pick<Booking, 'id' | 'version'> | null;
  body: Record<string, unknown>;
}
export const saveBooking = ({ booking, body }: SaveBookingVars) =>
  booking ? api.patch<Booking>(`/bookings/${booking.id}`, { ...body, version: booking.version }) : api.post<Booking>('/bookings', body);

export const useSaveBooking = <TVars = SaveBookingVars, TData = Booking>(o: ApiMutationOptions<TVars, TData>) =>
  useApiMutation<TVars, TData>({ invalidate: [bookingKeys.all], ...o });
