/** The board's head row: the hours of the day, or the seven days of the week (a click opens one). */
import type { Dayjs } from 'dayjs';
import { useBookingLabels } from '../labels';
import { DAY_END, DAY_START, pct } from './board';

const HOURS = Array.from({ length: (DAY_END - DAY_START) / 60 }, (_, i) => DAY_START / 60 + i);

export function BoardHead({
  view,
  date,
  today,
  weekDays,
  onDay,
}: {
  view: 'day' | 'week';
  date: Dayjs;
  today: Dayjs;
  weekDays: Dayjs[];
  onDay(d: Dayjs): void;
}) {
  const { t } = useBookingLabels();
  return (
    <div className="bk-row bk-head">
      <div className="bk-label-cell">{view === 'day' ? date.format(t('board.dateFormat')) : t('board.venue')}</div>
      {view === 'day' ? (
        <div className="bk-track bk-hours">
          {HOURS.map((h) => (
            <div key={h} className="bk-hour" style={{ left: `${pct(h * 60)}%` }}>
              {String(h).padStart(2, '0')}
            </div>
          ))}
        </div>
      ) : (
        <div className="bk-days">
          {weekDays.map((d) => (
            <div
              key={d.format('YYYYMMDD')}
              className={`bk-day-head${d.isSame(today, 'day') ? ' is-today' : ''}${d.day() === 0 || d.day() === 6 ? ' is-weekend' : ''}`}
              onClick={() => onDay(d)}
              role="button"
            >
              {d.format(t('board.weekDayFormat'))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
