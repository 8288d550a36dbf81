import type { ColumnsType } from 'antd/es/table';
import { Space, Tag } from 'antd';
import type { BookingStatus, VenueClass } from '@hy/contracts';
import { CLASS_COLORS } from '../../places/labels';
import { span, type Booking } from '../api';
import { useBookingLabels } from '../labels';
import { ConfidentialityTag } from '../status/ConfidentialityTag';
import { StatusTag } from '../status/StatusTag';

/** The booking list's columns: number (opens it), time, venue with its class, topic, organizer (staff), attendees, status. */
export function useBookingColumns(o: { mine: boolean; tz: string; venueClass: Map<string, VenueClass>; onOpen(id: string): void }) {
  const { t } = useBookingLabels();
  const { mine, tz, venueClass, onOpen } = o;
  const columns: ColumnsType<Booking> = [
    {
      title: t('field.number'),
      dataIndex: 'number',
      width: 138,
      render: (n: string, b) => (
        <a onClick={() => onOpen(b.id)} data-testid="booking-number">
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
  return columns;
}
