import type { CaseCreateBody, CaseDetail } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';

/** Open a case (立项): staff on any channel, a tenant on the portal. */
export const createCase = (body: WithSessionProperty<CaseCreateBody>) => api.post<CaseDetail>('/cases', body);
