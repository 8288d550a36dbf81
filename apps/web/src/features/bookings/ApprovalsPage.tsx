/** /bookings/approvals: the bureau's queue of requested bookings (C class, special setups) with their application forms. */
import { useMemo, useState } from 'react';
import { Alert, Badge, Card, Empty, Segmented, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { bookingKeys, instant, listAllBookings, useAllVenues, wall, BOOKING_LIVE_TOPICS } from './api';
import { ApprovalCard } from './approvals/ApprovalCard';
import { BookingDrawer } from './detail/BookingDrawer';
import { useBookingLabels } from './labels';
import './bookings.css';

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
              <ApprovalCard key={b.id} b={b} tz={tz} venueClass={classOf.get(b.venue.id)} onOpen={() => setOpenId(b.id)} />
            ))}
          </Space>
        )}
      </Spin>
      <BookingDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
