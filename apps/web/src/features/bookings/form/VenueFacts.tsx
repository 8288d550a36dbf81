/** What the chosen venue offers and requires: class, lead time, opening hours, capacity per layout, links, restrictions. */
import { Alert, Card, Space, Tag, Typography } from 'antd';
import { CLASS_COLORS } from '../../places/labels';
import type { Venue } from '../../places/api';
import { useBookingLabels } from '../labels';

export function VenueFacts({ venue, layout, attendees }: { venue: Venue; layout?: string | null; attendees?: number | null }) {
  const L = useBookingLabels();
  const { t, P } = L;
  const chosen = venue.layouts.find((l) => l.layout === (layout ?? venue.defaultLayout));
  const capacity = chosen?.capacity ?? venue.seats;
  const over = !!attendees && attendees > capacity;
  const under = !!attendees && venue.minAttendees !== null && attendees < venue.minAttendees;
  return (
    <Card size="small" className="bk-venue-facts" data-testid="venue-facts">
      <Space size={[6, 4]} wrap>
        <Tag color={CLASS_COLORS[venue.venueClass]}>{P.venueClass(venue.venueClass)}</Tag>
        <Typography.Text strong>
          {venue.buildingName}
          {venue.floorLabel ? ` ${venue.floorLabel}` : ''} · {venue.name}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('facts.leadTime')}：{P.leadRule(venue.effectiveLeadTime)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('facts.open')}：{venue.openFrom}–{venue.openTo}
        </Typography.Text>
      </Space>
      <div style={{ marginTop: 4 }}>
        <Space size={[4, 4]} wrap>
          <Typography.Text type="secondary">{t('facts.capacity')}：</Typography.Text>
          {venue.layouts.length ? (
            venue.layouts.map((l) => (
              <Tag key={l.layout} color={l.layout === chosen?.layout ? 'blue' : undefined}>
                {P.layout(l.layout)} {l.capacity}
                {t('facts.people')}
              </Tag>
            ))
          ) : (
            <Tag>
              {venue.seats}
              {t('facts.people')}
            </Tag>
          )}
          {venue.minAttendees !== null && <Tag>{t('facts.min', { n: venue.minAttendees })}</Tag>}
          {venue.linkedVenues.length > 0 && (
            <Typography.Text type="secondary">
              {t('facts.linked')}：{venue.linkedVenues.map((x) => x.name).join('、')}
            </Typography.Text>
          )}
        </Space>
      </div>
      {venue.venueClass === 'C' && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('facts.needsApproval')}
        </Typography.Text>
      )}
      {venue.restricted && (
        <div>
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('facts.restricted', { orgs: venue.allowedOrganizations.map((o) => o.name).join('、') })}
          </Typography.Text>
        </div>
      )}
      {over && <Alert type="warning" showIcon style={{ marginTop: 6 }} message={t('facts.over', { n: attendees, capacity })} />}
      {under && <Alert type="warning" showIcon style={{ marginTop: 6 }} message={t('facts.under', { n: venue.minAttendees })} />}
    </Card>
  );
}
