import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FeeEstimate, FeeEstimateBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { bookingKeys } from './keys';

/** What the booking would cost by the price list (null body: not enough chosen yet). */
export const useFeeEstimate = (body: FeeEstimateBody | null) =>
  useQuery({
    queryKey: [...bookingKeys.all, 'fee-estimate', body] as const,
    queryFn: () => api.post<FeeEstimate>('/meeting-fee-estimates', body),
    enabled: !!body,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
