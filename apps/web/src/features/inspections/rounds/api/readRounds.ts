import { queryOptions } from '@tanstack/react-query';
import type { Round, RoundStatsRow, RoundSummary } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { roundsKeys } from './keys';

export interface RoundFilter {
  date?: string;
  area?: string;
  assigneeId?: string;
  state?: string;
}
export const roundsQuery = (propertyId: string | null, f: RoundFilter) =>
  queryOptions({
    queryKey: roundsKeys.list(propertyId, f as Record<string, unknown>),
    queryFn: () => api.get<{ data: RoundSummary[] }>(`/inspection-rounds${qs({ propertyId, ...f })}`),
    enabled: !!propertyId,
  });
export const myRoundsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: roundsKeys.mine(propertyId),
    queryFn: () => api.get<{ data: RoundSummary[] }>(`/inspection-rounds${qs({ propertyId, mine: 'true' })}`),
    enabled: !!propertyId,
  });
export const roundQuery = (id: string | null) =>
  queryOptions({ queryKey: roundsKeys.one(id), queryFn: () => api.get<Round>(`/inspection-rounds/${id}`), enabled: !!id });
export const roundStatsQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: roundsKeys.stats(propertyId, month),
    queryFn: () => api.get<{ month: string; data: RoundStatsRow[] }>(`/inspection-rounds/stats${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const statsExportUrl = (propertyId: string | null, month: string) =>
  `/api/v1/inspection-rounds/stats/export${qs({ propertyId, month })}`;
