/** Greys the parts of a day row outside the venue's opening hours (all of it when it takes no bookings). */
import type { Venue } from '../../places/api';
import { DAY_END, DAY_START, openingMinutes, pct } from './board';

export function ClosedHours({ v }: { v: Venue }) {
  if (!v.bookable) return <div className="bk-closed-hours" style={{ left: 0, width: '100%' }} />;
  const { open, close } = openingMinutes(v);
  return (
    <>
      {open > DAY_START && <div className="bk-closed-hours" style={{ left: 0, width: `${pct(open)}%` }} />}
      {close < DAY_END && <div className="bk-closed-hours" style={{ left: `${pct(close)}%`, width: `${100 - pct(close)}%` }} />}
    </>
  );
}
