/** The wrap-up's data layer (M13): inspection, record, survey, summary — keyed under the event. */
import { queryOptions } from '@tanstack/react-query';
import type { EventSurveyResults, InspectionView, RecordItem, SummaryView } from '@hy/contracts';
import { api } from '../../../lib/api';
import { eventKeys } from '../api';

const key = (id: string, sub: string) => [...eventKeys.event(id), 'wrapup', sub] as const;

export const inspectionQuery = (id: string, enabled = true) =>
  queryOptions({ queryKey: key(id, 'inspection'), queryFn: () => api.get<InspectionView>(`/events/${id}/inspection`), enabled });
export const recordQuery = (id: string) =>
  queryOptions({ queryKey: key(id, 'record'), queryFn: () => api.get<{ data: RecordItem[] }>(`/events/${id}/record`) });
export const surveyQuery = (id: string, enabled = true) =>
  queryOptions({ queryKey: key(id, 'survey'), queryFn: () => api.get<EventSurveyResults>(`/events/${id}/survey`), enabled });
export const summaryQuery = (id: string, enabled = true) =>
  queryOptions({
    queryKey: key(id, 'summary'),
    queryFn: () => api.get<SummaryView>(`/events/${id}/summary`).catch(() => null),
    enabled,
  });

export const wrapupWrite = {
  fix: (id: string, itemId: string) => api.post<InspectionView>(`/events/${id}/inspection/items/${itemId}/fixed`, {}),
  confidential: (id: string, itemId: string, confidential: boolean) => api.patch(`/events/${id}/record/${itemId}`, { confidential }),
  handOver: (id: string, itemIds: string[]) => api.post(`/events/${id}/record/hand-over`, { itemIds }),
  sendSurvey: (id: string) => api.post<EventSurveyResults>(`/events/${id}/survey/send`, {}),
  draw: (id: string) => api.post<SummaryView>(`/events/${id}/summary/draw`, {}),
  file: (id: string, version: number) => api.post<SummaryView>(`/events/${id}/summary/file`, { version }),
};
