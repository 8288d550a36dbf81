/** The notifications domain's public entry: what other domains may use. */
export { type LiveReader, publish } from './notifications.hub.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { type NotifyInput, notify, notifyMany, sendOutside } from './notifications.service.ts';
