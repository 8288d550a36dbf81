/** /bookings/bureau-report: the next two working days' bookings for the bureau (SPEC M10, seed 004 §3.3B), printable and as .xlsx. */
import { useState } from 'react';
import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { BookingStatus, BureauReportRow as Row } from '@hy/contracts';
import { qs } from '../../lib/api';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { CLASS_COLORS } from '../places/labels';
import { BOOKING_LIVE_TOPICS, bookingKeys, bureauReportQuery, wall } from './api';
import { BookingDrawer } from './detail/BookingDrawer';
import { useBookingLabels } from './labels';
import { StatusTag } from './status/StatusTag';
import './bookings.css';

export default function BureauReportPage() {
  const { t } = useBookingLabels();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [date, setDate] = useState<Dayjs>(() => wall(new Date(), tz).startOf('day'));
  const [openId, setOpenId] = useState<string | null>(null);
  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const params = { propertyId: session.propertyId, date: date.format('YYYY-MM-DD') };
  const q = useQuery(bureauReportQuery(params));
  const r = q.data;
  return (
    <div className="bk-report">
      <PageHeader
        title={t('report.title')}
        extra={
          <Space className="bk-noprint">
            <DatePicker value={date} allowClear={false} onChange={(d) => d && setDate(d)} />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('report.print')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={`/api/v1/reports/bureau-daily.xlsx${qs(params)}`} data-testid="report-xlsx">
              {t('report.xlsx')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }} data-testid="report-title">
          {r?.title ?? ' '}
        </Typography.Title>
        {r && (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            {t('report.covers', { from: r.from, to: r.to, days: r.workingDays.join('、') })} ·{' '}
            {t('report.generated', { at: wall(r.generatedAt, tz).format('YYYY-MM-DD HH:mm') })}
          </Typography.Paragraph>
        )}
        <Table<Row>
          rowKey="bookingId"
          size="small"
          bordered
          pagination={false}
          loading={q.isLoading}
          dataSource={r?.rows ?? []}
          locale={{ emptyText: t('report.empty') }}
          data-testid="report-table"
          columns={[
            { title: t('report.col.date'), dataIndex: 'date', width: 100 },
            { title: t('report.col.time'), dataIndex: 'time', width: 100 },
            {
              title: t('report.col.venue'),
              dataIndex: 'venue',
              render: (v: string, x) => (
                <>
                  {v}{' '}
                  <Tag color={CLASS_COLORS[x.venueClass]} className="bk-class-tag">
                    {x.venueClass}
                  </Tag>
                </>
              ),
            },
            {
              title: t('report.col.topic'),
              dataIndex: 'topic',
              render: (v: string, x) => <a onClick={() => setOpenId(x.bookingId)}>{v}</a>,
            },
            { title: t('report.col.organizer'), dataIndex: 'organizer' },
            { title: t('report.col.contact'), key: 'contact', render: (_, x) => `${x.contactName} ${x.contactPhone}` },
            { title: t('report.col.attendees'), dataIndex: 'attendeeCount', width: 60, align: 'right' },
            { title: t('report.col.status'), dataIndex: 'status', width: 80, render: (s: BookingStatus) => <StatusTag status={s} /> },
          ]}
        />
      </Card>
      <BookingDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
