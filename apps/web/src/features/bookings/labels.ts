/** Translated labels and tag colours of the booking enums (the tags are in status/); venue labels come from the places feature. */
import { useTranslation } from 'react-i18next';
import type { BookingServiceItem, BookingStatus, Confidentiality, Importance } from '@hy/contracts';
import { usePlaceLabels } from '../places/labels';

export const STATUS_COLORS: Record<BookingStatus, string> = {
  requested: 'orange',
  confirmed: 'blue',
  rejected: 'red',
  cancelled: 'default',
  expired: 'default',
};
export const CONFIDENTIALITY_COLORS: Record<Confidentiality, string> = {
  public: 'default',
  internal: 'cyan',
  confidential: 'purple',
  secret: 'magenta',
};
export const IMPORTANCE_COLORS: Record<Importance, string> = { ordinary: 'default', internal: 'geekblue', important: 'gold' };

export function useBookingLabels() {
  const { t } = useTranslation('bookings');
  const P = usePlaceLabels();
  return {
    t,
    P,
    paren: (v: string | number) => t('paren', { v }),
    status: (s: string) => t(`status.${s}`, { defaultValue: s }),
    channel: (c: string) => t(`channel.${c}`, { defaultValue: c }),
    confidentiality: (c: string) => t(`confidentiality.${c}`, { defaultValue: c }),
    importance: (c: string) => t(`importance.${c}`, { defaultValue: c }),
    service: (c: string) => t(`service.${c}`, { defaultValue: c }),
    water: (k: string) => t(`water.${k}`, { defaultValue: k }),
    action: (a: string) => t(`historyAction.${a.replace(/^booking\./, '')}`, { defaultValue: a }),
    /** 会标「…」 · 饮水（每座保温瓶）× 20 · 话筒 × 6 */
    serviceText: (s: BookingServiceItem) => {
      let out = t(`service.${s.code}`, { defaultValue: s.code });
      if (s.kind) out += t('paren', { v: t(`water.${s.kind}`, { defaultValue: s.kind }) });
      if (s.text) out += t('quote', { v: s.text });
      if (s.qty) out += ` × ${s.qty}`;
      if (s.notes) out += ` — ${s.notes}`;
      return out;
    },
  };
}
