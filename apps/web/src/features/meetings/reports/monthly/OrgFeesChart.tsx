/** Fees billed and paid per organizer, in 元. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../../components/EChart';
import type { MonthlyReport } from '../../api';
import { yuanOf } from '../format';
import { hbarOption } from '../hbarOption';

export function OrgFeesChart({ orgs, height }: { orgs: MonthlyReport['organizations']; height: number }) {
  const { t } = useTranslation('meetings');
  const option = useMemo(
    () =>
      hbarOption({
        categories: orgs.map((o) => o.organizerUnit),
        labelWidth: 140,
        right: 40,
        barMaxWidth: 14,
        valueFormatter: (v) => `¥${Number(v).toFixed(2)}`,
        series: [
          { name: t('mrep.s.billed'), data: orgs.map((o) => yuanOf(o.billedFen)), color: '#faad14' },
          { name: t('mrep.s.paid'), data: orgs.map((o) => yuanOf(o.paidFen)), color: '#52c41a' },
        ],
      }),
    [orgs, t],
  );
  return <EChart option={option} height={height} />;
}
