/** Hours booked and used per venue, the busiest first. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../../components/EChart';
import type { MonthlyReport } from '../../api';
import { hbarOption } from '../hbarOption';

export function VenueHoursChart({ venues, height }: { venues: MonthlyReport['venues']; height: number }) {
  const { t } = useTranslation('meetings');
  const option = useMemo(
    () =>
      hbarOption({
        categories: venues.map((v) => v.venue),
        labelWidth: 130,
        right: 36,
        barMaxWidth: 12,
        series: [
          { name: t('mrep.s.hoursBooked'), data: venues.map((v) => v.hoursBooked), color: '#91caff' },
          { name: t('mrep.s.hoursUsed'), data: venues.map((v) => v.hoursUsed), color: '#1677ff' },
        ],
      }),
    [venues, t],
  );
  return <EChart option={option} height={height} />;
}
