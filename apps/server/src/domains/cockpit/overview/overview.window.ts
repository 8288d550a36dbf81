/** The instants the cockpit's sections count from, in the property's time zone. */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { localMonth } from '../../../lib/periods.ts';

export interface CockpitWindow {
  now: Date;
  tz: string;
  /** local midnight today, tomorrow, the day after */
  today: Date;
  tomorrow: Date;
  dayAfter: Date;
  /** 'YYYY-MM' of now */
  month: string;
}

export function cockpitWindow(now: Date, tz: string): CockpitWindow {
  const d = dayjs(now).tz(tz).startOf('day');
  return { now, tz, today: d.toDate(), tomorrow: d.add(1, 'day').toDate(), dayAfter: d.add(2, 'day').toDate(), month: localMonth(now, tz) };
}
