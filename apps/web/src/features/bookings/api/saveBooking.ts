import type { BookingCreateBody, BookingPatchBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { bookingKeys } from './keys';
import type { Booking } from './types';

/** What a new booking sends (the property is the session's). */
export type NewBookingBody = WithSessionProperty<BookingCreateBody>;
/** The fields a create and a change share. */
export type BookingFields = Omit<BookingCreateBody, 'propertyId' | 'channel'>;

/** A change of the booking read (with the version read), or a new booking. */
export type SaveBookingVars =
  { booking: Pick<Booking, 'id' | 'version'>; body: Omit<BookingPatchBody, 'version'> } | { booking?: null; body: NewBookingBody };
export const saveBooking = ({ booking, body }: SaveBookingVars) =>
  booking ? api.patch<Booking>(`/bookings/${booking.id}`, { ...body, version: booking.version }) : api.post<Booking>('/bookings', body);

export const useSaveBooking = <TVars = SaveBookingVars, TData = Booking>(o: ApiMutationOptions<TVars, TData>) =>
  useApiMutation<TVars, TData>({ invalidate: [bookingKeys.all], ...o });
