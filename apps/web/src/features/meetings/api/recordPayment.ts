/** POST /fee-statements/:id/payments — record a payment (fen). */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export const recordPayment = ({
  id,
  ...body
}: {
  id: string;
  amountFen: number;
  paidAt: string | null;
  method: string | null;
  reference: string | null;
}) => api.post<FeeStatement>(`/fee-statements/${id}/payments`, body);

export const useRecordPayment = (
  o: MutationOptions<
    { id: string; amountFen: number; paidAt: string | null; method: string | null; reference: string | null },
    FeeStatement
  > = {},
) => useApiMutation({ mutationFn: recordPayment, invalidate: [meetingKeys.all], ...o });
