/** Tasks done and meetings served per staff member. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../../components/EChart';
import type { MonthlyReport } from '../../api';
import { hbarOption } from '../hbarOption';

export function WorkloadChart({ staff, height }: { staff: MonthlyReport['staff']; height: number }) {
  const { t } = useTranslation('meetings');
  const option = useMemo(
    () =>
      hbarOption({
        categories: staff.map((x) => x.name || '—'),
        right: 24,
        barMaxWidth: 14,
        minInterval: 1,
        series: [
          { name: t('mrep.col.tasksDone'), data: staff.map((x) => x.tasksDone), color: '#1677ff', label: true },
          { name: t('mrep.col.meetingsServed'), data: staff.map((x) => x.meetings), color: '#13c2c2' },
        ],
      }),
    [staff, t],
  );
  return <EChart option={option} height={height} />;
}
