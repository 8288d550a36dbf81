/** Parking spaces and phone lines: reads and writes. */
import { queryOptions } from '@tanstack/react-query';
import type { ParkingAssignInput, ParkingSpace, ParkingSpaceInput, PhoneLine, PhoneLineInput } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { uploadXlsx } from '../../../meetings/api';

const all = ['billing', 'parking'] as const;
export const parkingKeys = {
  all,
  spaces: (pid: string | null) => [...all, 'spaces', pid] as const,
  phones: (pid: string | null, month: string) => [...all, 'phones', pid, month] as const,
};
export const spacesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: parkingKeys.spaces(propertyId),
    queryFn: () => api.get<{ data: ParkingSpace[] }>(`/billing/parking${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const phonesQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: parkingKeys.phones(propertyId, month),
    queryFn: () => api.get<{ data: PhoneLine[] }>(`/billing/phones${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const createSpace = (v: ParkingSpaceInput) => api.post<ParkingSpace>('/billing/parking', v);
export const assignSpace = (v: { id: string; input: ParkingAssignInput }) =>
  api.post<ParkingSpace>(`/billing/parking/${v.id}/assign`, v.input);
export const createLine = (v: PhoneLineInput) => api.post<PhoneLine>('/billing/phones', v);
export const setUsage = (v: { id: string; month: string; usageFen: number }) =>
  api.put<PhoneLine>(`/billing/phones/${v.id}/usage`, { month: v.month, usageFen: v.usageFen });
export const phoneTemplateUrl = (propertyId: string | null, month: string) => `/billing/phones/template${qs({ propertyId, month })}`;
export const importPhoneUsage = (v: { propertyId: string | null; month: string; file: File; csrfToken: string | null | undefined }) =>
  uploadXlsx<{ month: string; saved: number }>(
    `/billing/phones/import${qs({ propertyId: v.propertyId, month: v.month })}`,
    v.file,
    v.csrfToken,
  );
