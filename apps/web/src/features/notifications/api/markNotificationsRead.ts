import type { NotificationsMarked, NotificationsReadBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { notificationKeys } from './keys';

export const markNotificationsRead = (body: NotificationsReadBody) => api.post<NotificationsMarked>('/notifications/read', body);

/** Marks some notifications (or all) read and refreshes every notifications list. */
export function useMarkNotificationsRead(
  o: Omit<ApiMutationOptions<NotificationsReadBody, NotificationsMarked>, 'mutationFn' | 'invalidate'> = {},
) {
  return useApiMutation({ mutationFn: markNotificationsRead, invalidate: [notificationKeys.all], ...o });
}
