/**
 * /front-desk/mail/quality — misdeliveries, losses and damage after receipt (F4): record one against an item
 * (found by number, tracking number or recipient), the month's incidents, and the accuracy figure (items
 * handled correctly ÷ items handled) of the last twelve months against the 99% line.
 */
import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Input, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { MailAccuracyTrend, MailIncident, MailItem } from '@hy/contracts';
import { EChart } from '../../../components/EChart';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useDebounced } from '../../../lib/useDebounced';
import { MAIL_LIVE_TOPICS, mailAccuracyMonthsQuery, mailAccuracyQuery, mailKeys, mailListQuery } from './api';
import { IncidentModal } from './IncidentModal';
import { StatusTag } from './StatusTag';

/** Twelve months of accuracy as bars, red below the target, with the target as a dashed line. */
function TrendChart({ r }: { r: MailAccuracyTrend }) {
  const { t } = useTranslation('mail');
  const target = r.target * 100;
  const option = useMemo(() => {
    const rates = r.months.map((m) => (m.rate == null ? null : +(m.rate * 100).toFixed(2)));
    const low = Math.min(target, ...rates.filter((v): v is number => v !== null));
    return {
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (v == null ? '—' : `${Number(v).toFixed(2)}%`) },
      grid: { left: 44, right: 16, top: 30, bottom: 30 },
      xAxis: { type: 'category' as const, data: r.months.map((m) => m.month.slice(2).replace('-', '/')) },
      yAxis: { type: 'value' as const, min: Math.max(0, Math.floor(low - 1)), max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar' as const,
          name: t('accuracy.rateShort'),
          barMaxWidth: 36,
          data: r.months.map((m, i) => ({ value: rates[i], itemStyle: { color: m.met ? '#52c41a' : '#cf1322' } })),
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' as const },
            label: { formatter: t('accuracy.line', { pct: target }), position: 'insideStartTop' as const },
            data: [{ yAxis: target }],
          },
        },
      ],
    };
  }, [r, t, target]);
  return <EChart option={option} height={260} />;
}

/** Find an item to record an incident against. */
function FindItem({ onPick }: { onPick: (m: MailItem) => void }) {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const when = useDateTime();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const found = useQuery({ ...mailListQuery(propertyId, { q, limit: 8 }), enabled: !!propertyId && q.length >= 2 });
  return (
    <Card size="small" title={t('incident.find')}>
      <Input.Search
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('incident.findHint')}
        allowClear
        size="large"
        data-testid="incident-find"
      />
      {q.length >= 2 && (
        <List
          size="small"
          loading={found.isFetching}
          dataSource={found.data?.data ?? []}
          locale={{ emptyText: t('incident.noneFound') }}
          renderItem={(m) => (
            <List.Item
              actions={[
                <Button key="r" onClick={() => onPick(m)} data-testid={`incident-record-${m.number}`}>
                  {t('accuracy.record')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    {m.number} <StatusTag item={m} />
                  </Space>
                }
                description={`${t(`kind.${m.kind}`)} · ${m.recipientName} · ${when(m.receivedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export default function QualityPage() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const when = useDateTime();
  const [month, setMonth] = useState(dayjs());
  const [item, setItem] = useState<MailItem | null>(null);
  useLive(MAIL_LIVE_TOPICS, [mailKeys.all], propertyId);
  const trend = useQuery(mailAccuracyMonthsQuery(propertyId));
  const q = useQuery(mailAccuracyQuery(propertyId, month.format('YYYY-MM')));
  const a = q.data;
  const pct = a?.rate == null ? '—' : (a.rate * 100).toFixed(2);
  return (
    <>
      <PageHeader title={t('nav.quality')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('accuracy.trend')}>
            {trend.data && <TrendChart r={trend.data} />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <FindItem onPick={setItem} />
        </Col>
      </Row>
      <Space wrap style={{ margin: '16px 0 12px' }}>
        <DatePicker picker="month" value={month} onChange={(v) => v && setMonth(v)} allowClear={false} />
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic
              title={t('accuracy.rateOf', { month: month.format('YYYY-MM') })}
              value={pct}
              suffix={a?.rate == null ? undefined : '%'}
              valueStyle={{ color: a?.met ? '#389e0d' : '#cf1322' }}
            />
            <Typography.Text type={a?.met ? 'success' : 'danger'} data-testid="quality-rate">
              {pct}
              {a?.rate == null ? '' : '%'} · {t('accuracy.target')} · {a?.met ? t('accuracy.met') : t('accuracy.notMet')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic title={t('accuracy.handled')} value={a?.handled ?? 0} />
          </Card>
        </Col>
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic title={t('accuracy.incidents')} value={a?.incidents ?? 0} data-testid="quality-incidents" />
          </Card>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('incident.list')}
      </Typography.Title>
      <Table<MailIncident>
        rowKey="id"
        size="small"
        pagination={false}
        loading={q.isLoading}
        dataSource={a?.list ?? []}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('incident.none') }}
        data-testid="quality-incident-list"
        columns={[
          { title: t('field.day'), dataIndex: 'at', render: when, width: 150 },
          { title: t('field.number'), dataIndex: 'itemNumber', width: 160 },
          {
            title: t('incident.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k) => <Tag color={k === 'misdelivery' ? 'orange' : 'red'}>{t(`accuracy.${k}`)}</Tag>,
          },
          { title: t('field.note'), dataIndex: 'note' },
          { title: t('incident.by'), dataIndex: 'byName', width: 100 },
        ]}
      />
      <IncidentModal item={item} onClose={() => setItem(null)} />
    </>
  );
}
