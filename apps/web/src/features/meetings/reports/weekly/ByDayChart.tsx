/** Meetings held per day of the week, as bars. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../../components/EChart';
import type { WeeklyReport } from '../../api';

export function ByDayChart({ byDay }: { byDay: WeeklyReport['byDay'] }) {
  const { t } = useTranslation('meetings');
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 44 },
      xAxis: {
        type: 'category',
        axisLabel: { interval: 0, lineHeight: 16 },
        data: byDay.map((d) => `${d.date.slice(5)}\n${t(`mrep.wd.${dayjs(d.date).day()}`)}`),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.held'),
          data: byDay.map((d) => d.meetings),
          barMaxWidth: 36,
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [byDay, t],
  );
  return <EChart option={option} height={260} />;
}
