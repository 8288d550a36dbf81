import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Open a case (立项): staff on any channel, a tenant on the portal. */
export const createCase = (body: Record<string, unknown> & { propertyId: string | null; kind: string; content: string }) =>
  api.post<CaseDetail>('/cases', body);
