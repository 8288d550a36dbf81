/** The quarter's monthly complaint rates as bars, red over the target, with the target as a dashed line. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintRateReport } from '@hy/contracts';
import { EChart } from '../../../components/EChart';

export function ComplaintRateChart({ r }: { r: ComplaintRateReport }) {
  const { t } = useTranslation('cases');
  const target = r.target * 100;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => `${Number(v).toFixed(2)}%` },
      grid: { left: 48, right: 80, top: 30, bottom: 30 },
      xAxis: { type: 'category' as const, data: r.months.map((m) => m.month) },
      yAxis: {
        type: 'value' as const,
        axisLabel: { formatter: '{value}%' },
        max: (v: { max: number }) => Math.max(target * 1.4, Math.ceil(v.max + 1)),
      },
      series: [
        {
          type: 'bar' as const,
          name: t('rep.rate'),
          barMaxWidth: 56,
          data: r.months.map((m) => ({
            value: +((m.rate ?? 0) * 100).toFixed(2),
            itemStyle: { color: m.overTarget ? '#cf1322' : '#1677ff' },
          })),
          label: { show: true, position: 'top' as const, formatter: '{c}%' },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' as const },
            label: { formatter: t('rep.targetLine', { pct: target }) },
            data: [{ yAxis: target }],
          },
        },
      ],
    }),
    [r, t, target],
  );
  return <EChart option={option} />;
}
