/**
 * The event's programme (M13): the sessions by day with their venue, booking (number and status) and service notice;
 * adding several sessions at once (every venue booked through the booking rules, all or nothing — the refused rows
 * show why); moving, cancelling, choosing the main session; the 日程安排表 print and .xlsx; the documents with versions.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, MinusCircleOutlined, PlusOutlined, PrinterOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { SESSION_KINDS, type EventDetail, type ProgrammeProblem, type ProgrammeSession, type ProgrammeView } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { download } from '../../meetings/api';
import { programmeKeys, programmeQuery, programmeWrite } from './api';
import { DocumentsCard } from './DocumentsCard';

const STATUS_COLOR: Record<string, string> = {
  requested: 'gold',
  confirmed: 'green',
  rejected: 'red',
  cancelled: 'default',
  expired: 'default',
};

export const hm = (iso: string) => dayjs(iso).format('HH:mm');

interface Row {
  kind: string;
  title: string;
  day: string;
  from: string;
  to: string;
  venueId?: string;
  place?: string;
  expectedCount?: number;
}

function AddSessions({ event, view, onDone }: { event: EventDetail; view: ProgrammeView; onDone: () => void }) {
  const { t } = useTranslation('eventProgramme');
  const [form] = Form.useForm<{ rows: Row[] }>();
  const [problems, setProblems] = useState<ProgrammeProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  const save = useApiMutation({
    mutationFn: (v: { rows: Row[] }) =>
      programmeWrite.add(event.id, {
        sessions: v.rows.map((r) => ({
          kind: r.kind as ProgrammeSession['kind'],
          title: r.title,
          startsAt: `${r.day}T${r.from}:00+08:00`,
          endsAt: `${r.day}T${r.to}:00+08:00`,
          venueId: r.venueId ?? null,
          place: r.place || null,
          expectedCount: r.expectedCount ?? null,
          notes: null,
        })),
      }),
    invalidate: [programmeKeys.programme(event.id)],
    success: t('added'),
    onError: (m, err) => {
      setError(m);
      const list = err instanceof ApiError ? (err.problem as { sessions?: ProgrammeProblem[] }).sessions : undefined;
      setProblems(list ?? []);
    },
    onSuccess: () => {
      setProblems([]);
      setError(null);
      form.resetFields();
      onDone();
    },
  });
  const venueOptions = view.venues.map((v) => ({ value: v.id, label: `${v.name}${v.seats ? `（${v.seats}）` : ''}` }));
  return (
    <Form
      form={form}
      layout="vertical"
      name="programme-add"
      initialValues={{ rows: [{ kind: 'group', day: view.days[0], expectedCount: undefined }] }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => {
              const p = problems.filter((x) => x.index === i);
              return (
                <div key={f.key} data-testid={`session-row-${i}`} style={{ borderBottom: '1px dashed #eee', marginBottom: 8 }}>
                  <Space wrap align="start">
                    <Form.Item name={[f.name, 'kind']} label={t('kind')} rules={[{ required: true }]}>
                      <Select style={{ width: 110 }} options={SESSION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'title']} label={t('sessionTitle')} rules={[{ required: true, max: 200 }]}>
                      <Input style={{ width: 200 }} data-testid={`session-title-${i}`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'day']} label={t('day')} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 130 }}
                        options={view.days.map((d) => ({ value: d, label: d }))}
                        data-testid={`session-day-${i}`}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'from']} label={t('from')} rules={[{ required: true, pattern: time, message: 'HH:mm' }]}>
                      <Input style={{ width: 80 }} placeholder="09:00" data-testid={`session-from-${i}`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'to']} label={t('to')} rules={[{ required: true, pattern: time, message: 'HH:mm' }]}>
                      <Input style={{ width: 80 }} placeholder="12:00" data-testid={`session-to-${i}`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'venueId']} label={t('venue')}>
                      <Select
                        allowClear
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 220 }}
                        options={venueOptions}
                        data-testid={`session-venue-${i}`}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'place']} label={t('place')}>
                      <Input style={{ width: 160 }} placeholder={t('placeHint')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'expectedCount']} label={t('expected')}>
                      <InputNumber min={1} max={100000} style={{ width: 90 }} data-testid={`session-count-${i}`} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('removeRow')}
                        onClick={() => remove(f.name)}
                        style={{ marginTop: 30 }}
                      />
                    )}
                  </Space>
                  {p.map((x) => (
                    <Alert
                      key={x.code}
                      type="error"
                      showIcon
                      style={{ marginBottom: 8 }}
                      message={x.detail}
                      data-testid={`session-problem-${i}`}
                    />
                  ))}
                </div>
              );
            })}
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'group', day: view.days[0] })}>
                {t('addRow')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="programme-save">
                {t('saveAll')}
              </Button>
            </Space>
            {error && !problems.length && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} />}
          </>
        )}
      </Form.List>
    </Form>
  );
}

export default function ProgrammeTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventProgramme');
  const q = useQuery(programmeQuery(event.id));
  const [adding, setAdding] = useState(false);
  const invalidate = [programmeKeys.programme(event.id)];
  const cancel = useApiMutation({
    mutationFn: (id: string) => programmeWrite.cancel(event.id, id, t('cancelReason')),
    invalidate,
    success: t('cancelled'),
  });
  const main = useApiMutation({ mutationFn: (id: string) => programmeWrite.main(event.id, id), invalidate, success: t('mainSet') });
  const view = q.data;
  const manage = event.policies.manage;
  if (!view) return q.isLoading ? null : <Empty />;
  const columns = [
    {
      title: t('time'),
      key: 'time',
      width: 110,
      render: (_: unknown, s: ProgrammeSession) => `${hm(s.startsAt)}–${hm(s.endsAt)}`,
    },
    {
      title: t('sessionTitle'),
      key: 'title',
      render: (_: unknown, s: ProgrammeSession) => (
        <Space size={4} wrap>
          <Tag>{t(`kinds.${s.kind}`)}</Tag>
          <span>{s.title}</span>
          {s.main && <Tag color="blue">{t('main')}</Tag>}
        </Space>
      ),
    },
    { title: t('place'), key: 'place', render: (_: unknown, s: ProgrammeSession) => s.venueName ?? s.place ?? '' },
    { title: t('expected'), dataIndex: 'expectedCount', key: 'expected', width: 80 },
    {
      title: t('booking'),
      key: 'booking',
      render: (_: unknown, s: ProgrammeSession) =>
        s.booking ? (
          <Space size={4} wrap>
            <Link to={`/bookings/${s.booking.id}`}>{s.booking.number}</Link>
            <Tag color={STATUS_COLOR[s.booking.status]} data-testid="booking-status">
              {t(`status.${s.booking.status}`)}
            </Tag>
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('notice'),
      key: 'notice',
      render: (_: unknown, s: ProgrammeSession) => (s.notice ? <Link to={`/service-notices/${s.notice.id}`}>{s.notice.number}</Link> : '—'),
    },
    ...(manage
      ? [
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, s: ProgrammeSession) => (
              <Space size={0}>
                {!s.main && (
                  <Button type="text" size="small" icon={<StarOutlined />} title={t('setMain')} onClick={() => main.mutate(s.id)} />
                )}
                <Popconfirm title={t('cancelConfirm')} onConfirm={() => cancel.mutate(s.id)}>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} title={t('cancel')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={t('title')}
        extra={
          <Space wrap>
            <Link to={`/events/${event.id}/programme/print`}>
              <Button icon={<PrinterOutlined />}>{t('print')}</Button>
            </Link>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void download(`/events/${event.id}/programme?format=xlsx`, 'programme.xlsx')}
            >
              {t('xlsx')}
            </Button>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding((a) => !a)} data-testid="programme-add">
                {t('add')}
              </Button>
            )}
          </Space>
        }
      >
        {adding && (
          <Card size="small" style={{ marginBottom: 16 }} title={t('addTitle')}>
            <Typography.Paragraph type="secondary">{t('addHint')}</Typography.Paragraph>
            <AddSessions event={event} view={view} onDone={() => setAdding(false)} />
          </Card>
        )}
        {!view.sessions.length ? (
          <Empty description={t('empty')} />
        ) : (
          view.days.map((d) => {
            const rows = view.sessions.filter((s) => s.day === d);
            return (
              <div key={d} style={{ marginBottom: 16 }}>
                <Typography.Title level={5}>{t('dayTitle', { day: d, n: view.days.indexOf(d) + 1 })}</Typography.Title>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  scroll={{ x: 760 }}
                  dataSource={rows}
                  columns={columns}
                  data-testid={`programme-day-${d}`}
                  locale={{ emptyText: t('noSessions') }}
                />
              </div>
            );
          })
        )}
      </Card>
      <DocumentsCard event={event} />
    </Space>
  );
}
