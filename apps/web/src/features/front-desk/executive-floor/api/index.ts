/** The executive floor's data layer: the day's requests, record one, move one on. */
import { queryOptions } from '@tanstack/react-query';
import type { ExecDepartment, ExecRequestKind, ExecutiveRequest } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['front-desk', 'executive'] as const;
export const executiveKeys = { all, day: (pid: string | null, date: string) => [...all, pid, date] as const };
export const EXECUTIVE_LIVE_TOPICS = ['executive_request.'] as const;

export const executiveRequestsQuery = (propertyId: string | null, date: string) =>
  queryOptions({
    queryKey: executiveKeys.day(propertyId, date),
    queryFn: () => api.get<{ data: ExecutiveRequest[] }>(`/front-desk/executive-requests${qs({ propertyId, date })}`).then((r) => r.data),
    enabled: !!propertyId,
  });

export interface ExecutiveRequestInput {
  executiveId: string;
  kind: ExecRequestKind;
  department?: ExecDepartment | null;
  detail?: string | null;
  whenOut: boolean;
  windowFrom?: string | null;
  windowTo?: string | null;
  dueAt?: string | null;
  via: 'phone' | 'in_person';
}
export const createExecutiveRequest = (v: { propertyId: string | null; input: ExecutiveRequestInput }) =>
  api.post<ExecutiveRequest>('/front-desk/executive-requests', { propertyId: v.propertyId, ...v.input });

export const stepExecutiveRequest = (v: { id: string; action: 'accept' | 'complete' | 'cancel'; note?: string }) =>
  api.post<ExecutiveRequest>(`/front-desk/executive-requests/${v.id}/${v.action}`, v.note ? { note: v.note } : {});
