import { queryOptions } from '@tanstack/react-query';
import type { Visit, VisitMeeting, VisitSlip, VisitStatus } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { visitKeys } from './keys';

export type VisitView = 'today' | 'awaiting' | 'inside' | 'history' | 'mine';
export interface VisitFilters {
  view: VisitView;
  q?: string;
  status?: VisitStatus;
  /** A meeting's group of guests. */
  noticeId?: string;
  from?: string;
  to?: string;
  limit?: number;
}
const params = (propertyId: string | null, f: VisitFilters) => ({
  propertyId,
  view: f.view,
  q: f.q || undefined,
  status: f.status,
  noticeId: f.noticeId,
  from: f.from,
  to: f.to,
});

/** One of the desk's lists (a tenant: their own visitors). */
export const visitsQuery = (propertyId: string | null, f: VisitFilters) =>
  queryOptions({
    queryKey: visitKeys.list(propertyId, { ...f }),
    queryFn: () => api.get<Page<Visit>>(`/front-desk/visits${qs({ ...params(propertyId, f), limit: f.limit ?? 100 })}`),
    enabled: !!propertyId,
    placeholderData: (prev) => prev,
  });

/** The visitor register as .xlsx, with the list's filters. */
export const visitsExportUrl = (propertyId: string | null, f: VisitFilters) =>
  `/api/v1/front-desk/visits/export${qs(params(propertyId, f))}`;

export const slipQuery = (id: string) =>
  queryOptions({ queryKey: visitKeys.slip(id), queryFn: () => api.get<VisitSlip>(`/front-desk/visits/${id}/slip`) });

/** The day's meetings the desk may see, with their guests and how many are pre-registered. */
export const visitMeetingsQuery = (propertyId: string | null, date?: string) =>
  queryOptions({
    queryKey: visitKeys.meetings(propertyId, date ?? null),
    queryFn: () => api.get<{ data: VisitMeeting[] }>(`/front-desk/visits/meetings${qs({ propertyId, date })}`),
    enabled: !!propertyId,
  });
