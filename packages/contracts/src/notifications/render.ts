/** Renders a stored notification in a language: from its message key and params, else its stored zh-CN text. */
import { messagesEn } from './messages.en-US.ts';
import { messagesZh } from './messages.zh-CN.ts';
import type { MessageFormat, NotificationCatalog, NotificationKey, NotificationMessage, RenderedMessage } from './messages.ts';

export type MessageLocale = 'zh-CN' | 'en-US';
export const NOTIFICATION_CATALOGS: Record<MessageLocale, NotificationCatalog> = { 'zh-CN': messagesZh, 'en-US': messagesEn };

export const isNotificationKey = (k: unknown): k is NotificationKey => typeof k === 'string' && Object.hasOwn(messagesZh, k);

/** A message in a language; an unknown key → null (the caller falls back to the stored text). */
export function renderMessage(locale: MessageLocale, msg: NotificationMessage, f: MessageFormat): RenderedMessage {
  const catalog = NOTIFICATION_CATALOGS[locale] ?? messagesZh;
  return (catalog[msg.key] as (p: unknown, f: MessageFormat) => RenderedMessage)(msg.params, f);
}

/** A stored notification's text for a reader: rendered from its key when it has a known one, else its stored title/body (rows before keys). */
export function renderStored(
  locale: MessageLocale,
  n: { messageKey?: string | null; params?: Record<string, unknown> | null; title: string; body: string | null },
  f: MessageFormat,
): RenderedMessage {
  if (n.messageKey && isNotificationKey(n.messageKey) && n.params) {
    try {
      return renderMessage(locale, { key: n.messageKey, params: n.params } as NotificationMessage, f);
    } catch {
      // params of an older shape: the stored text still reads
    }
  }
  return { title: n.title, body: n.body };
}
