/** A booking awaiting (or given) the bureau's decision: venue, time, urgency, the application form, setup, services; the decision buttons. */
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { CLASS_COLORS } from '../../places/labels';
import { span, wall, type Booking } from '../api';
import { BookingActions } from '../BookingActions';
import { useBookingLabels } from '../labels';
import { ConfidentialityTag } from '../status/ConfidentialityTag';
import { StatusTag } from '../status/StatusTag';
import { ServiceTags } from '../detail/ServiceTags';

export function ApprovalCard({ b, venueClass, onOpen, tz }: { b: Booking; venueClass?: 'A' | 'B' | 'C'; onOpen(): void; tz: string }) {
  const L = useBookingLabels();
  const { t, P } = L;
  const a = b.application;
  const start = wall(b.startAt, tz);
  const soon = start.diff(wall(new Date(), tz), 'hour') < 48;
  return (
    <Card
      size="small"
      className="bk-approval"
      data-testid="approval-card"
      data-number={b.number}
      title={
        <Space size={6} wrap>
          {venueClass && (
            <Tag color={CLASS_COLORS[venueClass]} style={{ marginInlineEnd: 0 }}>
              {P.venueClass(venueClass)}
            </Tag>
          )}
          <Typography.Text strong>{b.venue.name}</Typography.Text>
          <Typography.Text>{span(b.startAt, b.endAt, tz)}</Typography.Text>
          {soon && b.status === 'requested' && <Tag color="red">{t('approvals.soon')}</Tag>}
          {b.specialSetup && <Tag color="orange">{t('field.specialSetup')}</Tag>}
          <ConfidentialityTag level={b.confidentiality} />
        </Space>
      }
      extra={
        <Space>
          <StatusTag status={b.status} />
          <Button size="small" type="link" onClick={onOpen}>
            {b.number}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={3} labelStyle={{ whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={t('field.topic')} span={3}>
          {b.topic}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.organizerUnit')}>{b.organizerUnit}</Descriptions.Item>
        <Descriptions.Item label={t('field.contact')}>
          {b.contactName} {b.contactPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.attendeeCount')}>
          {b.attendeeCount}
          {b.layout ? L.paren(P.layout(b.layout)) : ''}
        </Descriptions.Item>
        {a && <Descriptions.Item label={t('application.applicantUnit')}>{a.applicantUnit}</Descriptions.Item>}
        {a && (
          <Descriptions.Item label={t('application.handler')} span={2}>
            {[a.handlerName, a.handlerPhone].filter(Boolean).join(' ') || '—'}
          </Descriptions.Item>
        )}
        {a && (
          <Descriptions.Item label={t('application.purpose')} span={3}>
            {a.purpose}
          </Descriptions.Item>
        )}
        {a?.leadersAttending && (
          <Descriptions.Item label={t('application.leadersAttending')} span={3}>
            {a.leadersAttending}
          </Descriptions.Item>
        )}
        {a?.attendeeScope && (
          <Descriptions.Item label={t('application.attendeeScope')} span={3}>
            {a.attendeeScope}
          </Descriptions.Item>
        )}
        {a?.remarks && (
          <Descriptions.Item label={t('application.remarks')} span={3}>
            {a.remarks}
          </Descriptions.Item>
        )}
        {b.specialSetup && (
          <Descriptions.Item label={t('field.setupPlan')} span={3}>
            <span className="bk-pre">{b.setupPlan ?? '—'}</span>
          </Descriptions.Item>
        )}
        {b.services.length > 0 && (
          <Descriptions.Item label={t('field.services')} span={3}>
            <ServiceTags services={b.services} />
          </Descriptions.Item>
        )}
        {b.decisionReason && (
          <Descriptions.Item label={t('detail.decision')} span={3}>
            {b.decisionReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      <div style={{ marginTop: 8, display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('approvals.requestedAt', { at: wall(b.requestedAt, tz).format('YYYY-MM-DD HH:mm') })}
        </Typography.Text>
        <BookingActions booking={b} size="small" showEdit={false} />
      </div>
    </Card>
  );
}
