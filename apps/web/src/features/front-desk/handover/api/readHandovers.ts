import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { HandoverDraft, HandoverState, ShiftHandover, ShiftHandoverSummary, ShiftKind } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { handoverKeys } from './keys';

/** The latest handover submitted and not yet accepted (null: none waiting). */
export const currentHandoverQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: handoverKeys.current(propertyId),
    queryFn: () => api.get<{ data: ShiftHandover | null }>(`/front-desk/handovers/current${qs({ propertyId })}`),
    enabled: !!propertyId,
  });

/** What a handover written now would hold. */
export const handoverDraftQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: handoverKeys.draft(propertyId),
    queryFn: () => api.get<HandoverDraft>(`/front-desk/handovers/draft${qs({ propertyId })}`),
    enabled: !!propertyId && enabled,
  });

export interface HandoverFilter {
  shift?: ShiftKind;
  state?: HandoverState;
  from?: string;
  to?: string;
}
export const handoversQuery = (propertyId: string | null, f: HandoverFilter) =>
  infiniteQueryOptions({
    queryKey: handoverKeys.list(propertyId, f as Record<string, unknown>),
    queryFn: ({ pageParam }) =>
      api.get<Page<ShiftHandoverSummary>>(`/front-desk/handovers${qs({ propertyId, ...f, limit: 30, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

export const handoverQuery = (id: string | null) =>
  queryOptions({
    queryKey: handoverKeys.one(id),
    queryFn: () => api.get<ShiftHandover>(`/front-desk/handovers/${id}`),
    enabled: !!id,
  });

export const handoverExportUrl = (propertyId: string | null, f: HandoverFilter) =>
  `/api/v1/front-desk/handovers/export${qs({ propertyId, ...f })}`;
