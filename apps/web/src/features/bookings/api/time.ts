/** The property's wall clock, whatever the browser's time zone. */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** An instant as a browser-local dayjs showing the property's wall-clock time (for pickers and grids). */
export function wall(iso: string | Date, tz: string): Dayjs {
  return dayjs(dayjs(iso).tz(tz).format('YYYY-MM-DDTHH:mm:ss'));
}
/** A wall-clock dayjs (as from a picker) read in the property's time zone, as ISO 8601 with offset. */
export function instant(d: Dayjs, tz: string): string {
  return dayjs.tz(d.format('YYYY-MM-DDTHH:mm:ss'), tz).format();
}
/** 2026-11-24 09:00–10:30 (or across days: … – 2026-11-25 08:00). */
export function span(startIso: string, endIso: string, tz: string): string {
  const s = wall(startIso, tz);
  const e = wall(endIso, tz);
  return s.isSame(e, 'day')
    ? `${s.format('YYYY-MM-DD HH:mm')}–${e.format('HH:mm')}`
    : `${s.format('YYYY-MM-DD HH:mm')} – ${e.format('YYYY-MM-DD HH:mm')}`;
}
