/** POST /fee-statements/:id/issue — send the statement to the organizer. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { FeeStatement } from './types';

export const issueStatement = (id: string) => api.post<FeeStatement>(`/fee-statements/${id}/issue`);

export const useIssueStatement = (o: MutationOptions<string, FeeStatement> = {}) =>
  useApiMutation({ mutationFn: issueStatement, invalidate: [meetingKeys.all], ...o });
