/** POST /meeting-incidents/:id/resolve — close an incident with its handling. */
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const resolveIncident = ({ incidentId, ...body }: { incidentId: string; handledBy: string | null; handling: string }) =>
  api.post<Notice>(`/meeting-incidents/${incidentId}/resolve`, body);

export const useResolveIncident = (o: MutationOptions<{ incidentId: string; handledBy: string | null; handling: string }, Notice> = {}) =>
  useNoticeMutation(resolveIncident, o);
