export { notificationKeys, type NotificationFilter } from './keys';
export { recentNotificationsQuery, notificationPagesQuery } from './listNotifications';
export { markNotificationsRead, useMarkNotificationsRead } from './markNotificationsRead';
