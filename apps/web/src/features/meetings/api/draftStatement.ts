/** POST /service-notices/:id/fee-statement — draw up or recompute the notice's fee statement. */
import type { FeeStatementBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export type DraftStatementVars = { noticeId: string; body: FeeStatementBody };
export const draftStatement = (v: DraftStatementVars) => api.post<FeeStatement>(`/service-notices/${v.noticeId}/fee-statement`, v.body);

export const useDraftStatement = (o: MutationOptions<DraftStatementVars, FeeStatement> = {}) =>
  useApiMutation({ mutationFn: draftStatement, invalidate: [meetingKeys.all], ...o });
