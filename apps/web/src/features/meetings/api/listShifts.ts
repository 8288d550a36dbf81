/** GET /staff-shifts — the shifts of a period and each person's hours. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { Shift } from './types';

export const shiftsQuery = (propertyId: string | null, from: string, to: string) =>
  queryOptions({
    queryKey: meetingKeys.shifts(propertyId, from, to),
    queryFn: () =>
      api.get<{ data: Shift[]; totals: { userId: string; name: string; hours: number; overtimeHours: number }[] }>(
        `/staff-shifts${qs({ propertyId, from, to })}`,
      ),
    enabled: !!propertyId,
  });
