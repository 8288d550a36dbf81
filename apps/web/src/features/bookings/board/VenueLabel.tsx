/** A board row's venue: name, class, seats, not bookable or restricted; its type, lead time and layouts on hover. */
import { Tag, Tooltip } from 'antd';
import type { Venue } from '../../places/api';
import { CLASS_COLORS } from '../../places/labels';
import { useBookingLabels } from '../labels';
import { maxCapacity } from './board';

export function VenueLabel({ v }: { v: Venue }) {
  const { t, P } = useBookingLabels();
  return (
    <Tooltip
      placement="right"
      title={
        <div style={{ fontSize: 12 }}>
          {v.code} · {P.venueType(v.venueType)} · {P.leadRule(v.effectiveLeadTime)}
          <br />
          {v.layouts.map((l) => `${P.layout(l.layout)} ${l.capacity}`).join(' / ')}
        </div>
      }
    >
      <div className="bk-venue-label">
        <div className="bk-venue-name">{v.name}</div>
        <div className="bk-venue-meta">
          <Tag color={CLASS_COLORS[v.venueClass]} className="bk-class-tag">
            {v.venueClass}
          </Tag>
          <span>{t('board.seats', { n: maxCapacity(v) })}</span>
          {!v.bookable && <Tag className="bk-class-tag">{t('board.notBookable')}</Tag>}
          {v.restricted && (
            <Tag color="purple" className="bk-class-tag">
              {t('board.restricted')}
            </Tag>
          )}
        </div>
      </div>
    </Tooltip>
  );
}
