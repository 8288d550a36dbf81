import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../api';
import { CLASS_COLORS, usePlaceLabels } from '../labels';

/** Everything about one venue: where, class and lead time, layouts, equipment, hours, relations. */
export function VenueDetail({ venue }: { venue: Venue }) {
  const L = usePlaceLabels();
  const { t, venueField: F } = L;
  const { t: tc } = useTranslation();
  const none = <Typography.Text type="secondary">{t('venues.none')}</Typography.Text>;
  return (
    <Descriptions column={2} size="small" bordered labelStyle={{ width: 130 }}>
      <Descriptions.Item label={F('code')}>{venue.code}</Descriptions.Item>
      <Descriptions.Item label={F('name')}>{venue.name}</Descriptions.Item>
      <Descriptions.Item label={F('building')}>{venue.buildingName}</Descriptions.Item>
      <Descriptions.Item label={F('floor')}>{venue.floorLabel ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={F('venueType')}>{L.venueType(venue.venueType)}</Descriptions.Item>
      <Descriptions.Item label={F('venueClass')}>
        <Tag color={CLASS_COLORS[venue.venueClass]}>{L.venueClass(venue.venueClass)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={F('effectiveLeadTime')} span={2}>
        {L.leadRule(venue.effectiveLeadTime)}
        <Typography.Text type="secondary">
          {venue.effectiveLeadTime.source === 'class' ? t('venues.leadFromClass') : t('venues.leadFromVenue')}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {L.classDesc(venue.venueClass)}
          </Typography.Text>
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={F('seats')}>{venue.seats}</Descriptions.Item>
      <Descriptions.Item label={F('minAttendees')}>{venue.minAttendees ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={F('layouts')} span={2}>
        {venue.layouts.length ? (
          <Table
            size="small"
            pagination={false}
            rowKey="layout"
            dataSource={venue.layouts}
            columns={[
              {
                title: F('layout'),
                dataIndex: 'layout',
                render: (l: string) => (
                  <>
                    {L.layout(l)}
                    {l === venue.defaultLayout && <Tag style={{ marginLeft: 6 }}>{t('venues.defaultLayout')}</Tag>}
                  </>
                ),
              },
              { title: F('capacity'), dataIndex: 'capacity', align: 'right' },
              { title: F('setupMinutes'), dataIndex: 'setupMinutes', align: 'right' },
              { title: F('cleanupMinutes'), dataIndex: 'cleanupMinutes', align: 'right' },
            ]}
          />
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('equipment')} span={2}>
        {venue.equipment.length ? (
          <Space size={[4, 4]} wrap>
            {venue.equipment.map((e) => (
              <Tag key={e.code}>
                {L.equipment(e.code)} × {e.qty}
              </Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('openHours')}>
        {venue.openFrom} – {venue.openTo}
      </Descriptions.Item>
      <Descriptions.Item label={F('bookable')}>
        {venue.bookable ? <Tag color="success">{t('venues.bookable')}</Tag> : <Tag>{t('venues.notBookable')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={F('linkedVenueIds')} span={2}>
        {venue.linkedVenues.length ? (
          <Space size={[4, 4]} wrap>
            {venue.linkedVenues.map((x) => (
              <Tag key={x.id}>
                {x.code} {x.name}
              </Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('restricted')} span={2}>
        {venue.restricted ? (
          <Space size={[4, 4]} wrap>
            <Tag icon={<LockOutlined />} color="purple">
              {t('venues.restricted')}
            </Tag>
            {venue.allowedOrganizations.map((o) => (
              <Tag key={o.id}>{o.name}</Tag>
            ))}
          </Space>
        ) : (
          tc('status.no')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('managerUserIds')} span={2}>
        {venue.managers.length ? venue.managers.map((m) => m.displayName).join(t('venues.sep')) : none}
      </Descriptions.Item>
      {venue.description && (
        <Descriptions.Item label={F('description')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{venue.description}</span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
