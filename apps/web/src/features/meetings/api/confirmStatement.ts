/** POST /fee-statements/:id/confirm — the organizer confirms online (no body fields) or staff record the paper signature. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export const confirmStatement = ({ id, ...body }: { id: string; signerName?: string; signedAt?: string | null }) =>
  api.post<FeeStatement>(`/fee-statements/${id}/confirm`, body);

export const useConfirmStatement = (o: MutationOptions<{ id: string; signerName?: string; signedAt?: string | null }, FeeStatement> = {}) =>
  useApiMutation({ mutationFn: confirmStatement, invalidate: [meetingKeys.all], ...o });
