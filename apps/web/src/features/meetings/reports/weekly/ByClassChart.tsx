/** Meetings by venue class, as a ring. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../../components/EChart';
import type { WeeklyReport } from '../../api';
import { COLORS } from '../format';

export function ByClassChart({ byClass }: { byClass: WeeklyReport['byClass'] }) {
  const { t } = useTranslation('meetings');
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      color: COLORS,
      series: [
        {
          type: 'pie',
          radius: ['30%', '68%'],
          center: ['50%', '44%'],
          name: t('mrep.byClass'),
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold', fontSize: 14 },
          labelLine: { show: false },
          data: byClass.map((c) => ({ name: t('mrep.class', { c: c.venueClass }), value: c.meetings })),
        },
      ],
    }),
    [byClass, t],
  );
  return <EChart option={option} height={260} />;
}
