/** POST /meeting-incidents/:id/resolve — close an incident with its handling. */
import type { IncidentResolveBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export type ResolveIncidentVars = { incidentId: string } & IncidentResolveBody;
export const resolveIncident = ({ incidentId, ...body }: ResolveIncidentVars) =>
  api.post<Notice>(`/meeting-incidents/${incidentId}/resolve`, body);

export const useResolveIncident = (o: MutationOptions<ResolveIncidentVars, Notice> = {}) => useNoticeMutation(resolveIncident, o);
