/** Every field of a booking: venue (and linked ones), time and held span, organizer, contact, attendees, layout, confidentiality, importance, channel, services, setup, notes, lead-time override, decision. */
import { Descriptions, Tag, Typography } from 'antd';
import { span, wall, type Booking } from '../api';
import { useBookingLabels } from '../labels';
import { ServiceTags } from './ServiceTags';

export function BookingFacts({ b, tz }: { b: Booking; tz: string }) {
  const L = useBookingLabels();
  const { t, P } = L;
  const F = (k: string) => t(`field.${k}`);
  return (
    <Descriptions column={2} size="small" bordered style={{ marginTop: 12 }} labelStyle={{ width: 110, whiteSpace: 'nowrap' }}>
      <Descriptions.Item label={F('venue')} span={2}>
        {b.venue.name}
        {b.linkedVenues.length > 0 && (
          <Typography.Text type="secondary">
            {L.paren(`${t('facts.linked')}: ${b.linkedVenues.map((x) => x.name).join(', ')}`)}
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('time')} span={2}>
        {span(b.startAt, b.endAt, tz)}
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
          {t('detail.held', {
            from: wall(b.heldFrom, tz).format('HH:mm'),
            to: wall(b.heldTo, tz).format('HH:mm'),
            setup: b.setupMinutes,
            cleanup: b.cleanupMinutes,
          })}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={F('organizerUnit')}>{b.organizerUnit}</Descriptions.Item>
      <Descriptions.Item label={F('contact')}>
        {b.contactName} {b.contactPhone}
      </Descriptions.Item>
      <Descriptions.Item label={F('attendeeCount')}>{b.attendeeCount}</Descriptions.Item>
      <Descriptions.Item label={F('layout')}>{b.layout ? P.layout(b.layout) : '—'}</Descriptions.Item>
      <Descriptions.Item label={F('confidentiality')}>{L.confidentiality(b.confidentiality)}</Descriptions.Item>
      <Descriptions.Item label={F('importance')}>{L.importance(b.importance)}</Descriptions.Item>
      <Descriptions.Item label={F('channel')}>{L.channel(b.channel)}</Descriptions.Item>
      <Descriptions.Item label={F('requestedAt')}>{wall(b.requestedAt, tz).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      <Descriptions.Item label={F('services')} span={2}>
        {b.services.length ? <ServiceTags services={b.services} /> : '—'}
      </Descriptions.Item>
      {b.specialSetup && (
        <Descriptions.Item label={F('setupPlan')} span={2}>
          <span className="bk-pre">{b.setupPlan}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={F('notes')} span={2}>
        <span className="bk-pre">{b.notes || '—'}</span>
      </Descriptions.Item>
      {b.leadTimeOverride && (
        <Descriptions.Item label={t('detail.overrideReason')} span={2}>
          <Tag color="red">{t('detail.override')}</Tag>
          {b.leadTimeOverride.reason}
        </Descriptions.Item>
      )}
      {b.decidedAt && (
        <Descriptions.Item label={t('detail.decision')} span={2}>
          {wall(b.decidedAt, tz).format('YYYY-MM-DD HH:mm')} {b.decisionReason ? `· ${b.decisionReason}` : ''}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
