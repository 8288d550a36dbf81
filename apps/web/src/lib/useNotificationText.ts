import { useTranslation } from 'react-i18next';
import { renderStored } from '@hy/contracts';
import { DEFAULT_TZ, dateTimeIn } from './format';
import { useSession } from './session';

/** What a notification may carry: its message key and params (rendered here), else its stored text. */
export interface NotificationTextSource {
  propertyId?: string | null;
  messageKey?: string | null;
  params?: Record<string, unknown> | null;
  title: string;
  body?: string | null;
}

/**
 * A notification's title and body in the reader's language, from the shared message catalogs
 * (@hy/contracts, the same the server renders e-mail with); times in the notification's property zone.
 */
export function useNotificationText() {
  const { i18n } = useTranslation();
  const session = useSession();
  const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  return (n: NotificationTextSource) => {
    const tz = session.me?.properties.find((p) => p.id === n.propertyId)?.timeZone ?? session.property?.timeZone ?? DEFAULT_TZ;
    return renderStored(locale, { ...n, body: n.body ?? null }, { time: (iso) => dateTimeIn(iso, tz) });
  };
}
