/** The month's figures: bookings, hours booked and used, meetings, utilisation, fees, rating, tasks done. */
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import type { MonthlyReport } from '../../api';
import { hoursText, pctText } from '../format';
import { Stat } from '../Stat';
import { Stats } from '../Stats';

export function MonthlyStats({ s }: { s: MonthlyReport['summary'] }) {
  const { t } = useTranslation('meetings');
  return (
    <Stats cols={5}>
      <Stat title={t('mrep.s.bookings')} value={s.bookings} testid="monthly-bookings" />
      <Stat title={t('mrep.s.hoursBooked')} value={hoursText(s.hoursBooked)} />
      <Stat
        title={t('mrep.s.meetingsHeld')}
        value={s.meetingsHeld}
        hint={s.cancelled ? t('mrep.s.cancelledN', { count: s.cancelled }) : undefined}
      />
      <Stat title={t('mrep.s.hoursUsed')} value={hoursText(s.hoursUsed)} />
      <Stat title={t('mrep.s.utilisation')} value={pctText(s.utilisation)} />
      <Stat title={t('mrep.s.billed')} value={money(s.billedFen)} />
      <Stat title={t('mrep.s.paid')} value={money(s.paidFen)} hint={`${t('mrep.s.due')} ${money(s.dueFen)}`} />
      <Stat title={t('mrep.s.received')} value={money(s.received.fen)} />
      <Stat
        title={t('mrep.s.avgRating')}
        value={s.satisfaction.averageRating ?? '—'}
        hint={t('mrep.s.satisfiedHint', { rate: pctText(s.satisfaction.satisfiedRate), answered: s.satisfaction.answered })}
      />
      <Stat title={t('mrep.s.tasksDone')} value={s.tasksDone} />
    </Stats>
  );
}
