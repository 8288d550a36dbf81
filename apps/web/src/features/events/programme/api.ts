/** The programme's data: sessions (booking venues all or nothing) and documents, keyed under the event. */
import { queryOptions } from '@tanstack/react-query';
import type { DocumentCreate, EventDocument, ProgrammeCreate, ProgrammeView, SessionPatch } from '@hy/contracts';
import { api } from '../../../lib/api';
import { eventKeys } from '../api';

export const programmeKeys = {
  programme: (id: string) => [...eventKeys.event(id), 'programme'] as const,
  documents: (id: string) => [...eventKeys.event(id), 'programme', 'documents'] as const,
};

export const programmeQuery = (id: string) =>
  queryOptions({ queryKey: programmeKeys.programme(id), queryFn: () => api.get<ProgrammeView>(`/events/${id}/programme`) });
export const documentsQuery = (id: string) =>
  queryOptions({ queryKey: programmeKeys.documents(id), queryFn: () => api.get<{ data: EventDocument[] }>(`/events/${id}/documents`) });

export const programmeWrite = {
  add: (id: string, v: ProgrammeCreate) => api.post<ProgrammeView>(`/events/${id}/programme`, v),
  patch: (id: string, sessionId: string, v: SessionPatch) => api.patch<ProgrammeView>(`/events/${id}/sessions/${sessionId}`, v),
  cancel: (id: string, sessionId: string, reason: string) =>
    api.post<ProgrammeView>(`/events/${id}/sessions/${sessionId}/cancel`, { reason }),
  main: (id: string, sessionId: string | null) => api.put<ProgrammeView>(`/events/${id}/main-session`, { sessionId }),
  addDocument: (id: string, v: DocumentCreate) => api.post<EventDocument>(`/events/${id}/documents`, v),
  addVersion: (id: string, documentId: string, v: { fileId: string; note?: string | null }) =>
    api.post<EventDocument>(`/events/${id}/documents/${documentId}/versions`, v),
};

export const documentUrl = (id: string, documentId: string, version?: number) =>
  `/events/${id}/documents/${documentId}/file${version ? `?version=${version}` : ''}`;
