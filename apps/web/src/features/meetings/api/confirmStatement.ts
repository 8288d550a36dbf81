/** POST /fee-statements/:id/confirm — the organizer confirms online (no body fields) or staff record the paper signature. */
import type { FeeStatementConfirmBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export type ConfirmStatementVars = { id: string } & FeeStatementConfirmBody;
export const confirmStatement = ({ id, ...body }: ConfirmStatementVars) => api.post<FeeStatement>(`/fee-statements/${id}/confirm`, body);

export const useConfirmStatement = (o: MutationOptions<ConfirmStatementVars, FeeStatement> = {}) =>
  useApiMutation({ mutationFn: confirmStatement, invalidate: [meetingKeys.all], ...o });
