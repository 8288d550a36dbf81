import { Link } from 'react-router-dom';
import { span, type Conflict } from '../api';
import { useBookingLabels } from '../labels';

/** The clashing bookings of a 409 booking_conflict. */
export function ConflictList({ conflicts, tz }: { conflicts: Conflict[]; tz: string }) {
  const { t } = useBookingLabels();
  return (
    <ul className="bk-conflicts" data-testid="conflict-list">
      {conflicts.map((c) => (
        <li key={c.id + c.venueName}>
          <Link to={`/bookings/${c.id}`} target="_blank">
            {c.number}
          </Link>{' '}
          · {c.venueName} · {span(c.start, c.end, tz)}
          {' · '}
          {c.topic ?? t('conflict.hidden')}
          {c.organizer ? t('paren', { v: c.organizer }) : ''}
        </li>
      ))}
    </ul>
  );
}
