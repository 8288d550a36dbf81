/** /bookings/approvals: the bureau's queue of requested bookings (C class, special setups) with their application forms. */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Descriptions, Empty, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { CLASS_COLORS } from '../places/labels';
import { bookingKeys, instant, listAllBookings, span, useAllVenues, wall, BOOKING_LIVE_TOPICS, type Booking } from './api';
import { BookingActions } from './BookingActions';
import { BookingDrawer } from './detail/BookingDrawer';
import { useBookingLabels } from './labels';
import { ConfidentialityTag } from './status/ConfidentialityTag';
import { StatusTag } from './status/StatusTag';
import './bookings.css';

function ApplicationCard({ b, venueClass, onOpen, tz }: { b: Booking; venueClass?: 'A' | 'B' | 'C'; onOpen(): void; tz: string }) {
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
            <Space size={[4, 4]} wrap>
              {b.services.map((s) => (
                <Tag key={`${s.code}${s.kind ?? ''}`}>{L.serviceText(s)}</Tag>
              ))}
            </Space>
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

export default function ApprovalsPage() {
  const { t } = useBookingLabels();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [tab, setTab] = useState<'requested' | 'decided'>('requested');
  const [openId, setOpenId] = useState<string | null>(null);
  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const venues = useAllVenues(session.propertyId);
  const classOf = useMemo(() => new Map((venues.data ?? []).map((v) => [v.id, v.venueClass])), [venues.data]);
  const from = instant(wall(new Date(), tz).startOf('day'), tz);
  const q = useQuery({
    queryKey: [...bookingKeys.list({ approvals: tab, propertyId: session.propertyId })],
    enabled: !!session.propertyId,
    queryFn: async () => {
      if (tab === 'requested') return listAllBookings({ propertyId: session.propertyId, status: 'requested', from });
      const [c, r] = await Promise.all([
        listAllBookings({ propertyId: session.propertyId, status: 'confirmed', from }),
        listAllBookings({ propertyId: session.propertyId, status: 'rejected', from }),
      ]);
      return [...c, ...r].filter((b) => b.decidedAt).sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
    },
  });
  const list = q.data ?? [];
  const canDecide = session.can('bookings.approve');
  return (
    <div>
      <PageHeader title={t('approvals.title')} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          value={tab}
          onChange={(v) => setTab(v as typeof tab)}
          options={[
            {
              value: 'requested',
              label: (
                <Space size={4}>
                  {t('approvals.pending')}
                  {tab === 'requested' && <Badge count={list.length} showZero color="#fa8c16" />}
                </Space>
              ),
            },
            { value: 'decided', label: t('approvals.decided') },
          ]}
        />
        <Typography.Text type="secondary">{t('approvals.hint')}</Typography.Text>
      </Space>
      {!canDecide && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('approvals.readOnly')} />}
      <Spin spinning={q.isLoading}>
        {list.length === 0 && !q.isLoading ? (
          <Card>
            <Empty description={tab === 'requested' ? t('approvals.empty') : t('approvals.emptyDecided')} />
          </Card>
        ) : (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {list.map((b) => (
              <ApplicationCard key={b.id} b={b} tz={tz} venueClass={classOf.get(b.venue.id)} onOpen={() => setOpenId(b.id)} />
            ))}
          </Space>
        )}
      </Spin>
      <BookingDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
