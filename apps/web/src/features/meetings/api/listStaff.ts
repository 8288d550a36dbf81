/** GET /staff — the property's staff with their profiles. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { StaffMember } from './types';

export const staffQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: meetingKeys.staff(propertyId),
    queryFn: () => api.get<{ data: StaffMember[] }>(`/staff${qs({ propertyId })}`),
    enabled: !!propertyId && enabled,
  });
