/**
 * /front-desk/mail/newspapers — newspapers and magazines (F4): the day's delivery counted by title against
 * the subscriptions (a shortfall or extra copies held against the carrier), the subscriptions themselves
 * (add, edit, stop), and a month's discrepancies per carrier. At the desk or on a phone.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { MailSubscription, NewspaperCheck } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { checkNewspaper, checksMonthQuery, checksQuery, mailKeys, subscriptionsQuery, updateSubscription } from './api';
import { SubscriptionModal } from './SubscriptionModal';

function DiffTag({ n }: { n: number }) {
  const { t } = useTranslation('mail');
  if (n === 0) return <Tag color="green">{t('newspapers.ok')}</Tag>;
  return <Tag color="red">{n < 0 ? t('newspapers.short', { n: -n }) : t('newspapers.over', { n })}</Tag>;
}

/** One title of the day: the copies expected, the count received, the carrier; saved on its own. */
function CheckRow({ s, day, done }: { s: MailSubscription; day: string; done: NewspaperCheck | undefined }) {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const [received, setReceived] = useState<number | null>(done?.received ?? null);
  const [carrier, setCarrier] = useState(done?.carrier ?? s.carrier ?? '');
  const save = useApiMutation({
    mutationFn: checkNewspaper,
    invalidate: [mailKeys.all],
    success: t('newspapers.saved', { title: s.title }),
  });
  const diff = received == null ? null : received - s.perDay;
  return (
    <List.Item data-testid={`check-${s.title}`}>
      <div style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <div>
            <Typography.Text strong>{s.title}</Typography.Text>
            {!s.due && (
              <Tag style={{ marginLeft: 8 }} color="default">
                {t('newspapers.notDue')}
              </Tag>
            )}
            <div>
              <Typography.Text type="secondary">
                {s.recipientName} · {t('newspapers.expected', { n: s.perDay })}
              </Typography.Text>
            </div>
          </div>
          {done && <DiffTag n={done.discrepancy} />}
        </Space>
        <Space wrap style={{ marginTop: 8 }}>
          <InputNumber
            min={0}
            max={999}
            value={received}
            onChange={(v) => setReceived(v)}
            placeholder={t('field.received')}
            style={{ width: 110 }}
            size="large"
            data-testid={`check-received-${s.title}`}
          />
          <Input
            value={carrier}
            onChange={(e) => setCarrier(e.target.value)}
            placeholder={t('field.deliveredBy')}
            maxLength={40}
            style={{ width: 150 }}
            size="large"
            data-testid={`check-carrier-${s.title}`}
          />
          <Button
            size="large"
            type={done ? 'default' : 'primary'}
            disabled={received == null}
            loading={save.isPending}
            data-testid={`check-save-${s.title}`}
            onClick={() => save.mutate({ propertyId, subscriptionId: s.id, day, received: received!, carrier: carrier.trim() || null })}
          >
            {t('newspapers.save')}
          </Button>
          {diff !== null && !done && diff !== 0 && <DiffTag n={diff} />}
        </Space>
      </div>
    </List.Item>
  );
}

function DailyCheck() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const [date, setDate] = useState(dayjs());
  const day = date.format('YYYY-MM-DD');
  const subs = useQuery(subscriptionsQuery(propertyId, { day }));
  const checks = useQuery(checksQuery(propertyId, day));
  const done = new Map((checks.data?.data ?? []).map((c) => [c.subscriptionId, c]));
  const rows = [...(subs.data?.data ?? [])].sort((a, b) => Number(b.due) - Number(a.due));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker value={date} onChange={(v) => v && setDate(v)} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        <Typography.Text type="secondary">{t('newspapers.hint')}</Typography.Text>
      </Space>
      <List
        bordered
        loading={subs.isLoading || checks.isLoading}
        dataSource={checks.isLoading ? [] : rows}
        locale={{ emptyText: <Empty description={t('newspapers.none')} /> }}
        renderItem={(s) => <CheckRow key={`${s.id}-${day}-${done.get(s.id)?.at ?? ''}`} s={s} day={day} done={done.get(s.id)} />}
        data-testid="newspaper-check"
      />
    </>
  );
}

function Subscriptions() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState<MailSubscription | null>(null);
  const [open, setOpen] = useState(false);
  const subs = useQuery(subscriptionsQuery(propertyId, { all }));
  const toggle = useApiMutation({ mutationFn: updateSubscription, invalidate: [mailKeys.all] });
  const freq = (s: MailSubscription) =>
    s.frequency === 'daily'
      ? t('frequency.daily')
      : s.frequency === 'weekly'
        ? `${t('frequency.weekly')} · ${t(`weekday.${s.issueDay}`)}`
        : `${t('frequency.monthly')} · ${t('subs.dayOfMonth', { n: s.issueDay })}`;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setEditing(null);
            setOpen(true);
          }}
          data-testid="subscription-add"
        >
          {t('subs.add')}
        </Button>
        <Space>
          <Switch checked={all} onChange={setAll} size="small" />
          {t('subs.showStopped')}
        </Space>
      </Space>
      <Table<MailSubscription>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={subs.isLoading}
        dataSource={subs.data?.data ?? []}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('newspapers.none') }}
        data-testid="subscriptions"
        columns={[
          {
            title: t('field.title'),
            dataIndex: 'title',
            render: (v, s) => (
              <Space size={4}>
                <Typography.Text strong>{v}</Typography.Text>
                {!s.active && <Tag>{t('subs.stopped')}</Tag>}
              </Space>
            ),
          },
          { title: t('field.publisher'), dataIndex: 'publisher', render: (v) => v ?? '—' },
          { title: t('field.recipient'), dataIndex: 'recipientName' },
          { title: t('field.copies'), dataIndex: 'perDay', width: 90 },
          { title: t('field.frequency'), width: 140, render: (_, s) => freq(s) },
          { title: t('field.deliveredBy'), dataIndex: 'carrier', render: (v) => v ?? '—' },
          {
            key: 'a',
            width: 150,
            render: (_, s) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(s);
                    setOpen(true);
                  }}
                >
                  {t('subs.editShort')}
                </Button>
                <Popconfirm
                  title={s.active ? t('subs.stopConfirm', { title: s.title }) : t('subs.resumeConfirm', { title: s.title })}
                  onConfirm={() => toggle.mutate({ id: s.id, patch: { active: !s.active } })}
                  okButtonProps={{ danger: s.active }}
                >
                  <Button
                    size="small"
                    danger={s.active}
                    loading={toggle.isPending && toggle.variables?.id === s.id}
                    data-testid={`subscription-toggle-${s.title}`}
                  >
                    {s.active ? t('subs.stop') : t('subs.resume')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <SubscriptionModal open={open} sub={editing} onClose={() => setOpen(false)} />
    </>
  );
}

function Month() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const [month, setMonth] = useState(dayjs());
  const q = useQuery(checksMonthQuery(propertyId, month.format('YYYY-MM')));
  const m = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <DatePicker picker="month" value={month} onChange={(v) => v && setMonth(v)} allowClear={false} />
      <Row gutter={[12, 12]}>
        {(
          [
            ['checks', m?.checks],
            ['discrepancies', m?.discrepancies],
            ['shortCopies', m?.short],
            ['extraCopies', m?.extra],
          ] as const
        ).map(([k, v]) => (
          <Col xs={12} md={6} key={k}>
            <Card size="small">
              <Statistic title={t(`newspapers.${k}`)} value={v ?? 0} data-testid={`month-${k}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={5}>{t('newspapers.byCarrier')}</Typography.Title>
      <Table
        rowKey="carrier"
        size="small"
        pagination={false}
        loading={q.isLoading}
        dataSource={m?.byCarrier ?? []}
        scroll={{ x: 480 }}
        data-testid="month-carriers"
        columns={[
          { title: t('field.deliveredBy'), dataIndex: 'carrier' },
          { title: t('newspapers.checks'), dataIndex: 'checks', width: 90 },
          { title: t('newspapers.discrepancies'), dataIndex: 'discrepancies', width: 90 },
          { title: t('newspapers.shortCopies'), dataIndex: 'short', width: 90 },
          { title: t('newspapers.extraCopies'), dataIndex: 'extra', width: 90 },
        ]}
      />
      <Typography.Title level={5}>{t('newspapers.list')}</Typography.Title>
      <Table<NewspaperCheck>
        rowKey="id"
        size="small"
        pagination={false}
        loading={q.isLoading}
        dataSource={m?.list ?? []}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('newspapers.noDiscrepancy') }}
        data-testid="month-discrepancies"
        columns={[
          { title: t('field.day'), dataIndex: 'day', width: 110 },
          { title: t('field.title'), dataIndex: 'title' },
          { title: t('field.deliveredBy'), dataIndex: 'carrier', render: (v) => v ?? '—' },
          { title: t('field.expected'), dataIndex: 'expected', width: 80 },
          { title: t('field.received'), dataIndex: 'received', width: 80 },
          { title: t('field.discrepancy'), dataIndex: 'discrepancy', width: 100, render: (n: number) => <DiffTag n={n} /> },
          { title: t('newspapers.checkedBy'), dataIndex: 'checkedByName', width: 100 },
        ]}
      />
    </Space>
  );
}

export default function NewspapersPage() {
  const { t } = useTranslation('mail');
  const [tab, setTab] = useState(() => new URLSearchParams(window.location.search).get('tab') ?? 'check');
  return (
    <>
      <PageHeader title={t('nav.newspapers')} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'check', label: t('newspapers.tabCheck'), children: <DailyCheck /> },
          { key: 'subscriptions', label: t('newspapers.tabSubs'), children: <Subscriptions /> },
          { key: 'month', label: t('newspapers.tabMonth'), children: <Month /> },
        ]}
      />
    </>
  );
}
