/** The notice's form fields (《会议服务通知单》): meeting, time, venue, organizer, services, importance, serving order. */
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useBookingLabels } from '../../bookings/labels';
import { span } from '../../bookings/api';
import { type Notice } from '../api';
import { fmtAt, useServingOrder } from '../labels';
import '../meetings.css';

export function NoticeInfo({ n, tz }: { n: Notice; tz: string }) {
  // One column on a phone: two (four cells a row) squeeze the values into a letter per line.
  const cols = useIsPhone() ? 1 : 2;
  const { t } = useTranslation('meetings');
  const L = useBookingLabels();
  const serving = useServingOrder();
  const c = n.content;
  return (
    <Descriptions column={cols} size="small" bordered labelStyle={{ width: 112, whiteSpace: 'nowrap' }} data-testid="notice-info">
      <Descriptions.Item label={t('field.meetingName')} span={cols}>
        {c.meetingName}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.time')} span={cols}>
        {span(c.startAt, c.endAt, tz)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.venue')} span={cols}>
        {c.venue.name}
        {c.venue.building ? ` · ${c.venue.building}` : ''} <Tag style={{ marginLeft: 4 }}>{L.P.venueClass(c.venue.class)}</Tag>
        {c.linkedVenues.length > 0 && (
          <Typography.Text type="secondary">{L.paren(`${t('field.linked')} ${c.linkedVenues.join('、')}`)}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.organizer')}>{c.organizerUnit}</Descriptions.Item>
      <Descriptions.Item label={t('field.contact')}>
        {c.contactName} {c.contactPhone}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.attendees')}>{c.attendeeCount}</Descriptions.Item>
      <Descriptions.Item label={t('field.layout')}>{c.layout ? L.P.layout(c.layout) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.services')} span={cols}>
        {c.services.length ? (
          <Space size={[4, 4]} wrap>
            {c.services.map((s) => (
              <Tag key={`${s.code}${s.kind ?? ''}`}>{L.serviceText(s)}</Tag>
            ))}
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.importance')} span={cols}>
        <Tag color={c.importance === 'important' ? 'gold' : c.importance === 'internal' ? 'geekblue' : 'default'}>
          {t(`importance.${c.importance}`)}
        </Tag>
        {t(`cup.${c.cupType}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.servingOrder')} span={cols}>
        <ol className="mt-serving">
          {serving(c.servingOrder).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.notes')} span={cols}>
        <span className="mt-pre">{c.notes || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.bookingNumber')}>{c.bookingNumber}</Descriptions.Item>
      <Descriptions.Item label={t('field.issuedAt')}>{fmtAt(n.issuedAt, tz, 'YYYY-MM-DD HH:mm')}</Descriptions.Item>
    </Descriptions>
  );
}
