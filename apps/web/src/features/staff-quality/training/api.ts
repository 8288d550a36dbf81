/** The training plan's queries (one key factory) and writes; the property's staff. */
import { queryOptions } from '@tanstack/react-query';
import type { QualityStaff, TrainedStaff, TrainingAttendanceBody, TrainingCreate, TrainingSession } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

const all = ['quality', 'training'] as const;
export const trainingKeys = {
  all,
  month: (pid: string | null, m: string) => [...all, 'month', pid, m] as const,
  trained: (pid: string | null, m: string) => [...all, 'trained', pid, m] as const,
};

export const staffQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: ['quality', 'staff', propertyId],
    queryFn: () => api.get<{ data: QualityStaff[] }>(`/quality/staff${qs({ propertyId })}`),
    enabled: !!propertyId,
    staleTime: 60_000,
  });
export const sessionsQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: trainingKeys.month(propertyId, month),
    queryFn: () => api.get<{ data: TrainingSession[] }>(`/quality/training-sessions${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const trainedQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: trainingKeys.trained(propertyId, month),
    queryFn: () => api.get<TrainedStaff>(`/quality/training-sessions/trained${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const planSession = (v: Omit<TrainingCreate, 'propertyId'> & { propertyId: string | null }) =>
  api.post<TrainingSession>('/quality/training-sessions', v);
export const recordAttendance = (v: { id: string } & TrainingAttendanceBody) =>
  api.put<TrainingSession>(`/quality/training-sessions/${v.id}/attendance`, { entries: v.entries });
