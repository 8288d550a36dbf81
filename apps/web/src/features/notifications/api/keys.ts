/** Query keys of the notifications: everything under `all`, so the bell's pushes refresh every list. */
export type NotificationFilter = 'all' | 'unread';

const all = ['notifications'] as const;
export const notificationKeys = {
  all,
  /** The bell's (and the dashboard's) latest few. */
  recent: () => [...all, 'recent'] as const,
  pages: () => [...all, 'page'] as const,
  page: (filter: NotificationFilter) => [...all, 'page', filter] as const,
};
