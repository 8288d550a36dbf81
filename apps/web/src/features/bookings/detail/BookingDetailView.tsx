/** One booking: title and tags, its actions, status notes, every field, the application form, the history; edit in the form drawer. */
import { useState } from 'react';
import { Alert, Skeleton, Space, Tag, Typography } from 'antd';
import { useSession } from '../../../lib/session';
import { NoticeLink } from '../../../components/NoticeLink';
import { span, useBookingHistory, type Booking } from '../api';
import { BookingActions } from '../BookingActions';
import { BookingForm } from '../BookingForm';
import { IMPORTANCE_COLORS, useBookingLabels } from '../labels';
import { ConfidentialityTag } from '../status/ConfidentialityTag';
import { StatusTag } from '../status/StatusTag';
import { ApplicationView } from './ApplicationView';
import { BookingFacts } from './BookingFacts';
import { HistoryTimeline } from './HistoryTimeline';
import '../bookings.css';

export function BookingDetailView({ booking, onClose }: { booking: Booking; onClose?: () => void }) {
  const L = useBookingLabels();
  const { t } = L;
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const history = useBookingHistory(booking.id);
  const [editing, setEditing] = useState(false);
  const b = booking;
  return (
    <div className="bk-detail" data-testid="booking-detail">
      <div className="bk-detail-head">
        <Space size={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {b.topic}
          </Typography.Title>
          <StatusTag status={b.status} />
          <ConfidentialityTag level={b.confidentiality} />
          {b.importance !== 'ordinary' && <Tag color={IMPORTANCE_COLORS[b.importance]}>{L.importance(b.importance)}</Tag>}
          {b.specialSetup && <Tag color="orange">{t('field.specialSetup')}</Tag>}
          {b.seriesId && <Tag color="geekblue">{t('series.title')}</Tag>}
        </Space>
        <BookingActions
          booking={b}
          onEdit={() => setEditing(true)}
          onChanged={(x) => {
            if (x.status === 'cancelled') onClose?.();
          }}
        />
      </div>
      <Typography.Text type="secondary">
        {b.number} · {span(b.startAt, b.endAt, tz)} · {b.venue.name}
      </Typography.Text>
      {b.status === 'confirmed' && (
        <span style={{ marginLeft: 8 }}>
          <NoticeLink booking={b} />
        </span>
      )}
      {b.status === 'requested' && <Alert style={{ marginTop: 10 }} type="warning" showIcon message={t('detail.awaiting')} />}
      {b.status === 'rejected' && (
        <Alert style={{ marginTop: 10 }} type="error" showIcon message={t('detail.rejected')} description={b.decisionReason} />
      )}
      {b.status === 'cancelled' && (
        <Alert style={{ marginTop: 10 }} type="info" showIcon message={t('detail.cancelled')} description={b.cancelReason} />
      )}
      <BookingFacts b={b} tz={tz} />
      {b.application && <ApplicationView a={b.application} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('detail.timeline')}
      </Typography.Title>
      {history.isLoading ? <Skeleton active paragraph={{ rows: 2 }} /> : <HistoryTimeline events={history.data?.data ?? []} tz={tz} />}
      <BookingForm open={editing} onClose={() => setEditing(false)} booking={b} />
    </div>
  );
}
