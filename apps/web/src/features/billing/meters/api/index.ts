/** Water meter readings: the month's sheet, a typed reading, the .xlsx template and import. */
import { queryOptions } from '@tanstack/react-query';
import type { MeterInput, MeterRow, MeterSheet } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { uploadXlsx } from '../../../meetings/api';

const all = ['billing', 'meters'] as const;
export const meterKeys = { all, sheet: (pid: string | null, month: string) => [...all, pid, month] as const };
export const meterSheetQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: meterKeys.sheet(propertyId, month),
    queryFn: () => api.get<MeterSheet>(`/billing/meters${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const enterReading = (v: MeterInput) => api.put<MeterRow>('/billing/meters', v);
export const templateUrl = (propertyId: string | null, month: string) => `/billing/meters/template${qs({ propertyId, month })}`;
export const importReadings = (v: { propertyId: string | null; month: string; file: File; csrfToken: string | null | undefined }) =>
  uploadXlsx<{ month: string; saved: number }>(
    `/billing/meters/import${qs({ propertyId: v.propertyId, month: v.month })}`,
    v.file,
    v.csrfToken,
  );
