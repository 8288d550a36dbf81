/** How bookings write times: local wall-clock text for messages, and a tstzrange's bounds as ISO instants. */
import dayjs from '../../../lib/dayjs-fast-tz.ts';

/** 2026-06-02 09:00 in the property's time zone. */
export const local = (timeZone: string, d: Date) => dayjs(d).tz(timeZone).format('YYYY-MM-DD HH:mm');

/** A tstzrange's text form → ISO bounds. */
export function rangeOf(text: string): { start: string; end: string } {
  const [a, b] = text
    .slice(1, -1)
    .split(',')
    .map((x) => new Date(x.replace(/"/g, '').trim()).toISOString());
  return { start: a!, end: b! };
}
