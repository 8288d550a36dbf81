/** Times as people read them: in the property's time zone (not the browser's), minutes precision. */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { useSession } from './session';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_TZ = 'Asia/Shanghai';

/** 'YYYY-MM-DD HH:mm' of an instant in a zone; '—' for none. */
export const dateTimeIn = (v: string | Date | null | undefined, tz: string) => (v ? dayjs(v).tz(tz).format('YYYY-MM-DD HH:mm') : '—');

/** The formatter of the current property's zone. */
export function useDateTime() {
  const tz = useSession().property?.timeZone ?? DEFAULT_TZ;
  return (v: string | Date | null | undefined) => dateTimeIn(v, tz);
}
