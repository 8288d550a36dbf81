import type { UnresolvableCloseBody, UnresolvableCloseResult } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Quarterly close of unresolvable cases (the project manager signs). */
export const closeUnresolvable = (body: UnresolvableCloseBody) => api.post<UnresolvableCloseResult>('/cases/close-unresolvable', body);
