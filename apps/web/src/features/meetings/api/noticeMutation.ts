/** The notice actions answer the notice itself: put it in the cache at once, then refetch every meetings cache. */
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Notice } from './types';

const isNotice = (r: unknown): r is Notice => !!r && typeof r === 'object' && 'id' in r && 'departments' in r;

export function useNoticeMutation<TVars>(mutationFn: (v: TVars) => Promise<Notice>, o: MutationOptions<TVars, Notice>) {
  const qc = useQueryClient();
  return useApiMutation<TVars, Notice>({
    mutationFn,
    invalidate: [meetingKeys.all],
    ...o,
    onSuccess: (data, vars) => {
      if (isNotice(data)) qc.setQueryData(meetingKeys.notice(data.id), data);
      o.onSuccess?.(data, vars);
    },
  });
}
