/** The survey answers per rating, best on top, each bar in its rating's colour. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../../components/EChart';
import type { WeeklyReport } from '../../api';
import { RATING_COLORS } from '../format';

export function SatisfactionChart({ distribution }: { distribution: WeeklyReport['satisfaction']['distribution'] }) {
  const { t } = useTranslation('meetings');
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: [...distribution].reverse().map((d) => t(`survey.ratings.${d.rating}`)) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('mrep.answers'),
          barMaxWidth: 26,
          label: { show: true, position: 'right' },
          data: [...distribution].reverse().map((d) => ({ value: d.count, itemStyle: { color: RATING_COLORS[d.rating - 1] } })),
        },
      ],
    }),
    [distribution, t],
  );
  return <EChart option={option} height={260} />;
}
