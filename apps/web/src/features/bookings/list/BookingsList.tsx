/** Booking lists: all bookings for staff (/bookings), the organizer's own (/bookings/mine). */
import { useMemo, useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { BOOKING_STATUSES, type BookingStatus } from '@hy/contracts';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { useOrganizations } from '../../places/api';
import { bookingKeys, instant, listPage, useAllVenues, wall, BOOKING_LIVE_TOPICS, type Booking } from '../api';
import { CalendarFeedsButton } from '../CalendarFeeds';
import { BookingDrawer } from '../detail/BookingDrawer';
import { BookingForm } from '../BookingForm';
import { useBookingLabels } from '../labels';
import { BookingFilters, type Filters } from './BookingFilters';
import { useBookingColumns } from './useBookingColumns';
import '../bookings.css';

export function BookingsList({ mine }: { mine: boolean }) {
  const { t } = useBookingLabels();
  const session = useSession();
  const navigate = useNavigate();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = session.can('bookings.manage') || !mine;
  const today = wall(new Date(), tz).startOf('day');
  const [search] = useSearchParams();
  // ?status= (the cockpit's booking tiles) opens on that status
  const wanted = search.get('status') as BookingStatus | null;
  const [filters, setFilters] = useState<Filters>({
    range: [mine ? today.subtract(30, 'day') : today, null],
    q: '',
    status: wanted && (BOOKING_STATUSES as readonly string[]).includes(wanted) ? wanted : undefined,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const venues = useAllVenues(session.propertyId);
  const orgs = useOrganizations(session.propertyId, !mine);
  const venueClass = useMemo(() => new Map((venues.data ?? []).map((v) => [v.id, v.venueClass])), [venues.data]);

  const params = {
    propertyId: session.propertyId,
    from: filters.range?.[0] ? instant(filters.range[0].startOf('day'), tz) : undefined,
    to: filters.range?.[1] ? instant(filters.range[1].startOf('day').add(1, 'day'), tz) : undefined,
    venueId: filters.venueId,
    status: filters.status,
    organizationId: mine ? undefined : filters.organizationId,
    limit: 50,
  };
  const q = useInfiniteQuery({
    queryKey: bookingKeys.list(params),
    queryFn: ({ pageParam }) => listPage(params, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: !!session.propertyId,
  });
  const rows = useMemo(() => {
    const all = q.data?.pages.flatMap((p) => p.data) ?? [];
    const needle = filters.q.trim().toLowerCase();
    if (!needle) return all;
    return all.filter((b) =>
      [b.number, b.topic, b.organizerUnit, b.contactName, b.contactPhone, b.venue.name].some((x) => x?.toLowerCase().includes(needle)),
    );
  }, [q.data, filters.q]);

  const columns = useBookingColumns({ mine, tz, venueClass, onOpen: setOpenId });

  return (
    <div>
      <PageHeader
        title={mine ? t('list.mineTitle') : t('list.title')}
        extra={
          <Space>
            <CalendarFeedsButton />
            <Button onClick={() => navigate('/bookings/board')}>{t('list.toBoard')}</Button>
            {session.can('bookings.create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-booking">
                {t('board.newBooking')}
              </Button>
            )}
          </Space>
        }
      />
      <BookingFilters
        filters={filters}
        setFilters={setFilters}
        venues={venues.data ?? []}
        orgs={!mine && staff ? (orgs.data ?? []) : null}
      />
      <Table<Booking>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={q.isLoading}
        pagination={false}
        onRow={(b) => ({ onDoubleClick: () => setOpenId(b.id) })}
        data-testid="booking-table"
        locale={{ emptyText: t('list.empty') }}
        scroll={{ x: 960 }}
        footer={() => (
          <Space>
            <Typography.Text type="secondary">{t('list.loaded', { n: rows.length })}</Typography.Text>
            {q.hasNextPage && (
              <Button size="small" onClick={() => void q.fetchNextPage()} loading={q.isFetchingNextPage} data-testid="load-more">
                {t('list.loadMore')}
              </Button>
            )}
          </Space>
        )}
      />
      <BookingDrawer id={openId} onClose={() => setOpenId(null)} />
      <BookingForm open={creating} onClose={() => setCreating(false)} onSaved={(b) => setOpenId(b.id)} />
    </div>
  );
}
