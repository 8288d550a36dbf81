/** The confirmed bookings of a period (GET /bookings, every page): those without a notice still need one. */
import { queryOptions } from '@tanstack/react-query';
import { listAllBookings } from '../../bookings/api';
import { meetingKeys } from './keys';

export const pendingBookingsQuery = (propertyId: string | null, from: string, to: string, enabled = true) =>
  queryOptions({
    queryKey: meetingKeys.pendingBookings(propertyId, from, to),
    queryFn: () => listAllBookings({ propertyId, status: 'confirmed', from, to }),
    enabled: !!propertyId && enabled,
  });
