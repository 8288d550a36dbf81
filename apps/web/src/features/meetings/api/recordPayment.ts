/** POST /fee-statements/:id/payments — record a payment (fen). */
import type { FeePaymentBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export type RecordPaymentVars = { id: string } & FeePaymentBody;
export const recordPayment = ({ id, ...body }: RecordPaymentVars) => api.post<FeeStatement>(`/fee-statements/${id}/payments`, body);

export const useRecordPayment = (o: MutationOptions<RecordPaymentVars, FeeStatement> = {}) =>
  useApiMutation({ mutationFn: recordPayment, invalidate: [meetingKeys.all], ...o });
