import type { UnresolvableCloseResult } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Quarterly close of unresolvable cases (the project manager signs). */
export const closeUnresolvable = (body: { propertyId: string; quarter: string; caseIds: string[]; note: string }) =>
  api.post<UnresolvableCloseResult>('/cases/close-unresolvable', body);
