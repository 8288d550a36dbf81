import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { NotificationPage } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { notificationKeys, type NotificationFilter } from './keys';

/** The latest notifications and the unread count (the bell, the dashboard). */
export const recentNotificationsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.recent(),
    queryFn: () => api.get<NotificationPage>(`/notifications${qs({ limit: 8 })}`),
  });

/** All my notifications, page by page (the notifications page). */
export const notificationPagesQuery = (filter: NotificationFilter) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.page(filter),
    queryFn: ({ pageParam }) =>
      api.get<NotificationPage>(
        `/notifications${qs({ unreadOnly: filter === 'unread' ? 'true' : undefined, limit: 30, cursor: pageParam })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
