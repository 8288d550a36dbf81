/** Times on the queue's cards: clock times in the property's zone, ages as "12 分钟" / "3 h". */
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';

export function useQueueFormat() {
  const { t } = useTranslation('queue');
  const tz = useSession().property?.timeZone ?? 'Asia/Shanghai';
  const clock = (iso: string) => {
    const d = dayjs(iso).tz(tz);
    return d.isSame(dayjs().tz(tz), 'day') ? d.format('HH:mm') : d.format('MM-DD HH:mm');
  };
  const age = (ms: number) => {
    const m = Math.max(0, Math.floor(ms / 60_000));
    if (m < 60) return t('age.m', { n: m });
    const h = Math.floor(m / 60);
    return h < 48 ? t('age.h', { n: h }) : t('age.d', { n: Math.floor(h / 24) });
  };
  const since = (iso: string) => age(Date.now() - new Date(iso).getTime());
  return { clock, age, since };
}
