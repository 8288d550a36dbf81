/** /service-notices — 会议服务通知单: upcoming meetings, readiness per department, live status, late flags; issue missing notices. */
import { useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Input, Progress, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PrinterOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useLive } from '../../../lib/live';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { span, type Booking } from '../../bookings/api';
import { MEETING_TOPICS, meetingKeys, noticesQuery, pendingBookingsQuery, useIssueNotice, type NoticeRow } from '../api';
import { NoticeRowFlags } from './NoticeRowFlags';
import { NoticeRowReadiness } from './NoticeRowReadiness';
import { LiveTag } from '../status/LiveTag';
import '../meetings.css';

const RANGES = { today: 2, week: 7, twoWeeks: 14 } as const;
type RangeKey = keyof typeof RANGES;

export default function ServiceNoticesPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [params, setParams] = useSearchParams();
  const range = (params.get('range') as RangeKey) in RANGES ? (params.get('range') as RangeKey) : 'week';
  const [search, setSearch] = useState('');
  const { from, to } = useMemo(() => {
    const f = dayjs().tz(tz).startOf('day');
    return { from: f.format(), to: f.add(RANGES[range], 'day').format() };
  }, [tz, range]);
  useLive(MEETING_TOPICS, [meetingKeys.all], session.propertyId);
  const notices = useQuery(noticesQuery(session.propertyId, from, to));
  const canIssue = session.can('meetings.issue');
  const bookings = useQuery(pendingBookingsQuery(session.propertyId, from, to, canIssue));
  const issue = useIssueNotice({
    success: (n) => t('list.issued', { number: n.number }),
    onSuccess: (n) => navigate(`/service-notices/${n.id}`),
  });
  const issuing = issue.isPending ? issue.variables?.bookingId : null;

  const rows = (notices.data?.data ?? []).filter(
    (r) => !search || [r.number, r.meetingName ?? '', r.venue].some((x) => x.toLowerCase().includes(search.toLowerCase())),
  );
  const noticed = new Set((notices.data?.data ?? []).map((r) => r.bookingId));
  const pending = (bookings.data ?? []).filter((b) => !noticed.has(b.id) && dayjs(b.endAt).isAfter(dayjs()));

  return (
    <div data-testid="service-notices-page">
      <PageHeader
        title={t('list.title')}
        extra={
          <Space wrap>
            <Segmented
              value={range}
              onChange={(v) => setParams({ range: String(v) }, { replace: true })}
              options={(Object.keys(RANGES) as RangeKey[]).map((k) => ({ value: k, label: t(`list.days.${k}`) }))}
            />
            <Input.Search
              allowClear
              placeholder={t('list.search')}
              style={{ width: 220 }}
              onSearch={setSearch}
              onChange={(e) => !e.target.value && setSearch('')}
            />
            <Button icon={<ReloadOutlined />} onClick={() => qc.invalidateQueries({ queryKey: meetingKeys.all })} aria-label="refresh" />
          </Space>
        }
      />
      {canIssue && pending.length > 0 && (
        <Card
          size="small"
          style={{ marginBottom: 12 }}
          title={
            <Space>
              <SendOutlined />
              {t('list.pending')}
              <Tag color="orange">{pending.length}</Tag>
            </Space>
          }
          data-testid="pending-bookings"
        >
          <Table<Booking>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={pending}
            columns={[
              {
                title: t('field.bookingNumber'),
                dataIndex: 'number',
                width: 150,
                render: (v, b) => <Link to={`/bookings/${b.id}`}>{v}</Link>,
              },
              { title: t('list.meeting'), render: (_, b) => b.topic },
              { title: t('list.time'), width: 190, render: (_, b) => span(b.startAt, b.endAt, tz) },
              { title: t('list.venue'), width: 180, render: (_, b) => b.venue.name },
              { title: t('list.attendees'), dataIndex: 'attendeeCount', width: 70, align: 'right' },
              {
                title: '',
                width: 130,
                render: (_, b) => (
                  <Button
                    type="primary"
                    size="small"
                    icon={<SendOutlined />}
                    loading={issuing === b.id}
                    onClick={() => issue.mutate({ bookingId: b.id })}
                    data-testid="issue-notice"
                    data-booking={b.number}
                  >
                    {t('list.issue')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <div className="mt-list-head">
          <Typography.Text type="secondary">{t('list.count', { count: rows.length })}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('list.rule')}
          </Typography.Text>
        </div>
        <Table<NoticeRow>
          size="middle"
          rowKey="id"
          loading={notices.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('list.empty') }}
          scroll={{ x: 960 }}
          onRow={(r) => ({ 'data-testid': 'notice-row', 'data-number': r.number }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('list.number'),
              width: 168,
              render: (_, r) => (
                <div>
                  <Link to={`/service-notices/${r.id}`} data-testid="notice-link">
                    {r.number}
                  </Link>
                  <div>
                    <NoticeRowFlags row={r} />
                  </div>
                </div>
              ),
            },
            {
              title: t('list.meeting'),
              render: (_, r) => (
                <div>
                  <div className="mt-ellipsis">
                    {r.meetingName ?? <Typography.Text type="secondary">{t('list.hidden')}</Typography.Text>}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.venue} · {t('field.attendees')} {r.attendeeCount}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: t('list.time'),
              width: 120,
              render: (_, r) => (
                <div style={{ lineHeight: 1.4 }}>
                  <div>{dayjs(r.startAt).tz(tz).format('MM-DD ddd')}</div>
                  <Typography.Text type="secondary">
                    {dayjs(r.startAt).tz(tz).format('HH:mm')}–{dayjs(r.endAt).tz(tz).format('HH:mm')}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: t('list.readiness'),
              width: 318,
              render: (_, r) => (
                <div>
                  {r.status === 'active' && <NoticeRowReadiness id={r.id} />}
                  <Tooltip title={`${t('list.progress')} ${r.done}/${r.tasks}`}>
                    <Progress
                      percent={r.tasks ? Math.round((r.done / r.tasks) * 100) : 0}
                      size="small"
                      style={{ margin: '2px 0 0', width: 290 }}
                      status={r.done === r.tasks && r.tasks ? 'success' : 'normal'}
                      format={() => `${r.done}/${r.tasks}`}
                    />
                  </Tooltip>
                </div>
              ),
            },
            { title: t('list.live'), width: 84, render: (_, r) => <LiveTag status={r.liveStatus} /> },
            {
              title: '',
              width: 48,
              render: (_, r) => (
                <Tooltip title={t('list.print')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<PrinterOutlined />}
                    onClick={() => navigate(`/service-notices/${r.id}/print`)}
                    aria-label={t('list.print')}
                  />
                </Tooltip>
              ),
            },
          ]}
        />
      </Card>
      {notices.error && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} message={applyProblem(notices.error, undefined, t('err.failed'))} />
      )}
    </div>
  );
}
