import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Classify or reclassify (recomputes the deadlines). */
export const classifyCase = (id: string, body: Record<string, unknown> & { version: number; note: string }) =>
  api.post<CaseDetail>(`/cases/${id}/classify`, body);
