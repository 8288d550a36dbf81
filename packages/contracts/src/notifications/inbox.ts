/** The in-app notifications of the signed-in user (the bell, the notifications page). */
import { z } from 'zod';
import { instant, nullableInstant, uuid } from '../fields.ts';

export const NOTIFICATION_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type NotificationSeverity = (typeof NOTIFICATION_SEVERITIES)[number];

export const notificationItem = z.object({
  id: uuid,
  propertyId: uuid.nullable(),
  kind: z.string(),
  /** the message key and its parameters (rendered in the reader's language); null on rows from before keys */
  messageKey: z.string().nullable(),
  params: z.record(z.unknown()).nullable(),
  /** rendered in the requester's language (zh-CN text stored for rows without a key) */
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  severity: z.enum(NOTIFICATION_SEVERITIES),
  data: z.record(z.unknown()).nullable(),
  readAt: nullableInstant,
  createdAt: instant,
});
export type NotificationItem = z.infer<typeof notificationItem>;

/** GET /notifications: a page of notifications, newest first, and how many are unread in all. */
export const notificationPage = z.object({
  data: z.array(notificationItem),
  unread: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type NotificationPage = z.infer<typeof notificationPage>;

/** POST /notifications/read: either some ids or all. */
export const notificationsReadBody = z
  .object({ ids: z.array(uuid).min(1).max(500).optional(), all: z.literal(true).optional() })
  .strict()
  .refine((b) => (b.ids ? 1 : 0) + (b.all ? 1 : 0) === 1, { message: 'give either ids or all: true', path: ['ids'] });
export type NotificationsReadBody = z.input<typeof notificationsReadBody>;

/** The answer of POST /notifications/read. */
export const notificationsMarked = z.object({ marked: z.number().int(), unread: z.number().int() });
export type NotificationsMarked = z.infer<typeof notificationsMarked>;
