import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QuickBookDefaults } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { bookingKeys } from './keys';

/** What a dispatcher's quick booking starts from: recent units, the caller by phone, the room's usual attendance. */
export const useQuickBookDefaults = (propertyId: string | null, venueId: string | undefined, phone: string) =>
  useQuery({
    queryKey: [...bookingKeys.all, 'quick-book', propertyId, venueId, phone] as const,
    queryFn: () => api.get<QuickBookDefaults>(`/bookings/quick-book${qs({ propertyId, venueId, phone: phone || undefined })}`),
    enabled: !!propertyId && !!venueId,
    placeholderData: keepPreviousData,
  });
