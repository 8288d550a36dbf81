import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';

/** Times of the property's zone: 'MM-DD HH:mm' (or the full date with `long`). */
export function useWhen() {
  const tz = useSession().property?.timeZone ?? 'Asia/Shanghai';
  return (iso: string | null | undefined, long = false) =>
    iso
      ? dayjs(iso)
          .tz(tz)
          .format(long ? 'YYYY-MM-DD HH:mm' : 'MM-DD HH:mm')
      : '';
}
