import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { caseKeys } from './keys';

/** A service-desk write through the one mutation hook; afterwards every service-desk query refetches. */
export const useCaseWrite = <TVars = void, TData = unknown>(
  mutationFn: (vars: TVars) => Promise<TData>,
  o: Omit<ApiMutationOptions<TVars, TData>, 'mutationFn' | 'invalidate'> = {},
) => useApiMutation<TVars, TData>({ mutationFn, invalidate: [caseKeys.all], ...o });
