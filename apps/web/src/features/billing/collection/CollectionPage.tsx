/** /billing/collection — the daily 收费率 and 户收费率 of a month against the target (ECharts), and every month's latest. */
import { useMemo } from 'react';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { money } from '@hy/contracts';
import { EChart } from '../../../components/EChart';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { collectionQuery } from './api';

export default function CollectionPage() {
  const { t } = useTranslation('billingCollection');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const q = useQuery(collectionQuery(propertyId, params.get('month')));
  const d = q.data;
  const last = d?.points[d.points.length - 1];
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}%` },
      legend: { data: [t('rate'), t('householdRate')], top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: (d?.points ?? []).map((p) => p.day.slice(5)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: t('rate'),
          type: 'line',
          smooth: true,
          showSymbol: (d?.points.length ?? 0) < 3,
          data: (d?.points ?? []).map((p) => p.ratePercent),
          markLine: d
            ? {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#cf1322' },
                label: { formatter: t('target', { v: d.targetPercent }) },
                data: [{ yAxis: d.targetPercent }],
              }
            : undefined,
        },
        {
          name: t('householdRate'),
          type: 'line',
          smooth: true,
          showSymbol: (d?.points.length ?? 0) < 3,
          data: (d?.points ?? []).map((p) => p.householdRatePercent),
        },
      ],
    }),
    [d, t],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card title={t('title')}>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text>{t('month')}</Typography.Text>
          <Select
            style={{ minWidth: 120 }}
            value={d?.month ?? undefined}
            onChange={(v) => setParams({ month: v }, { replace: true })}
            options={(d?.months ?? []).map((m) => ({ value: m, label: m }))}
            data-testid="collection-month"
          />
          {d && <Tag color="red">{t('target', { v: d.targetPercent })}</Tag>}
        </Space>
        <div data-testid="collection-latest" style={{ marginBottom: 8 }}>
          {last ? (
            <Typography.Text strong>
              {t('latest', { rate: last.ratePercent ?? '—', hh: last.householdRatePercent ?? '—', day: last.day })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('none')}</Typography.Text>
          )}
        </div>
        <div data-testid="collection-chart">
          <EChart option={option} height={phone ? 240 : 320} />
        </div>
      </Card>
      <Card title={t('months')} size="small">
        <Table
          size="small"
          rowKey="month"
          pagination={false}
          dataSource={[...(d?.latest ?? [])].reverse()}
          onRow={(r) => ({ onClick: () => setParams({ month: r.month }, { replace: true }), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('col.month'), dataIndex: 'month' },
            ...(phone
              ? []
              : [{ title: t('col.receivable'), dataIndex: 'receivableFen', align: 'right' as const, render: (v: number) => money(v) }]),
            { title: t('col.received'), dataIndex: 'receivedFen', align: 'right' as const, render: (v: number) => money(v) },
            {
              title: t('col.rate'),
              dataIndex: 'ratePercent',
              align: 'right' as const,
              render: (v: number | null) => (
                <Typography.Text type={v !== null && d && v < d.targetPercent ? 'danger' : undefined}>{v ?? '—'}%</Typography.Text>
              ),
            },
            {
              title: t('col.households'),
              dataIndex: 'householdRatePercent',
              align: 'right' as const,
              render: (v: number | null) => `${v ?? '—'}%`,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
