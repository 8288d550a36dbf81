/** Booking lists: all bookings for staff (/bookings), the organizer's own (/bookings/mine). */
import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { BOOKING_STATUSES, type BookingStatus } from '@hy/contracts';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { useOrganizations } from '../../places/api';
import { CLASS_COLORS } from '../../places/labels';
import { bookingKeys, instant, listPage, span, useAllVenues, wall, BOOKING_LIVE_TOPICS, type Booking } from '../api';
import { CalendarFeedsButton } from '../CalendarFeeds';
import { BookingDrawer } from '../detail/BookingDrawer';
import { BookingForm } from '../BookingForm';
import { useBookingLabels } from '../labels';
import { ConfidentialityTag } from '../status/ConfidentialityTag';
import { StatusTag } from '../status/StatusTag';
import '../bookings.css';

interface Filters {
  range: [Dayjs | null, Dayjs | null] | null;
  venueId?: string;
  status?: BookingStatus;
  organizationId?: string;
  q: string;
}

export function BookingsList({ mine }: { mine: boolean }) {
  const L = useBookingLabels();
  const { t } = L;
  const session = useSession();
  const navigate = useNavigate();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = session.can('bookings.manage') || !mine;
  const today = wall(new Date(), tz).startOf('day');
  const [filters, setFilters] = useState<Filters>({ range: [mine ? today.subtract(30, 'day') : today, null], q: '' });
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

  const columns: ColumnsType<Booking> = [
    {
      title: t('field.number'),
      dataIndex: 'number',
      width: 138,
      render: (n: string, b) => (
        <a onClick={() => setOpenId(b.id)} data-testid="booking-number">
          {n}
        </a>
      ),
    },
    {
      title: t('field.time'),
      key: 'time',
      width: 178,
      render: (_, b) => <span style={{ whiteSpace: 'nowrap' }}>{span(b.startAt, b.endAt, tz)}</span>,
    },
    {
      title: t('field.venue'),
      key: 'venue',
      width: 190,
      ellipsis: true,
      render: (_, b) => {
        const c = venueClass.get(b.venue.id);
        return (
          <>
            {c && (
              <Tag color={CLASS_COLORS[c]} className="bk-class-tag" style={{ marginRight: 4 }}>
                {c}
              </Tag>
            )}
            {b.venue.name}
          </>
        );
      },
    },
    {
      title: t('field.topic'),
      key: 'topic',
      ellipsis: true,
      render: (_, b) => (
        <Space size={4}>
          {b.topic}
          <ConfidentialityTag level={b.confidentiality} />
        </Space>
      ),
    },
    ...(!mine ? [{ title: t('field.organizerUnit'), dataIndex: 'organizerUnit', width: 170, ellipsis: true }] : []),
    { title: t('field.attendeeShort'), dataIndex: 'attendeeCount', width: 64, align: 'right' as const },
    { title: t('field.status'), dataIndex: 'status', width: 100, render: (s: BookingStatus) => <StatusTag status={s} /> },
  ];

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
      <Card size="small" className="bk-filters">
        <Space wrap size={8}>
          <DatePicker.RangePicker
            value={filters.range}
            allowEmpty={[true, true]}
            onChange={(range) => setFilters((f) => ({ ...f, range: range as Filters['range'] }))}
            placeholder={[t('list.from'), t('list.to')]}
            style={{ width: 250 }}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('field.venue')}
            style={{ width: 200 }}
            value={filters.venueId}
            options={(venues.data ?? []).map((v) => ({ value: v.id, label: `${v.code} ${v.name}` }))}
            onChange={(venueId) => setFilters((f) => ({ ...f, venueId }))}
          />
          <Select
            allowClear
            placeholder={t('field.status')}
            style={{ width: 110 }}
            value={filters.status}
            data-testid="status-filter"
            options={BOOKING_STATUSES.map((s) => ({ value: s, label: L.status(s) }))}
            onChange={(status) => setFilters((f) => ({ ...f, status }))}
          />
          {!mine && staff && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('field.organization')}
              style={{ width: 200 }}
              value={filters.organizationId}
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              onChange={(organizationId) => setFilters((f) => ({ ...f, organizationId }))}
            />
          )}
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('list.search')}
            style={{ width: 220 }}
            value={filters.q}
            onChange={(e) => setFilters((f) => ({ ...f, q: e.target.value }))}
            data-testid="booking-search"
          />
        </Space>
      </Card>
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

export default function BookingsListPage() {
  return <BookingsList mine={false} />;
}
