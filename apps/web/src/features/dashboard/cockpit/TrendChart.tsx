/** Six months of the managers' percentages as lines; the complaint rate on its own axis with its 5 % line. */
import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import type { CockpitFigure, CockpitTrendMonth } from '@hy/contracts';
import { EChart } from '../../../components/EChart';

const SERIES = ['slaAttainment', 'satisfaction', 'threeEqualities', 'readinessOnTime'] as const;

export function TrendChart({ trend, figures }: { trend: CockpitTrendMonth[]; figures: CockpitFigure[] }) {
  const { t, i18n } = useTranslation('cockpit');
  const rateTarget = figures.find((f) => f.id === 'complaintRate')?.target ?? null;
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v as number}%`) },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 40, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: trend.map((m) => m.month.slice(2)) },
      yAxis: [
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', min: 0, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        ...SERIES.map((k) => ({
          name: t(`figure.${k}`),
          type: 'line' as const,
          connectNulls: true,
          data: trend.map((m) => m[k]),
        })),
        {
          name: t('figure.complaintRate'),
          type: 'bar' as const,
          yAxisIndex: 1,
          barMaxWidth: 18,
          data: trend.map((m) => m.complaintRate),
          markLine:
            rateTarget === null
              ? undefined
              : {
                  symbol: 'none',
                  data: [{ yAxis: rateTarget }],
                  lineStyle: { color: '#f5222d', type: 'dashed' },
                  label: { formatter: `${rateTarget}%` },
                },
        },
      ],
    }),
    // the labels follow the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trend, rateTarget, i18n.language],
  );
  return (
    <div data-testid="trend-chart">
      <EChart option={option} height={280} />
    </div>
  );
}
