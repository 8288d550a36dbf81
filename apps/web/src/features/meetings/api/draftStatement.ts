/** POST /service-notices/:id/fee-statement — draw up or recompute the notice's fee statement. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export const draftStatement = (v: { noticeId: string; body: Record<string, unknown> }) =>
  api.post<FeeStatement>(`/service-notices/${v.noticeId}/fee-statement`, v.body);

export const useDraftStatement = (o: MutationOptions<{ noticeId: string; body: Record<string, unknown> }, FeeStatement> = {}) =>
  useApiMutation({ mutationFn: draftStatement, invalidate: [meetingKeys.all], ...o });
