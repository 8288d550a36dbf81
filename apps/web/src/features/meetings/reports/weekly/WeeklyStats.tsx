/** The week's figures: held, cancelled, attendees, hours, late notices, readiness and tasks on time, incidents, rating, fees. */
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import type { WeeklyReport } from '../../api';
import { hoursText, pctText } from '../format';
import { Stat } from '../Stat';
import { Stats } from '../Stats';

export function WeeklyStats({ r }: { r: WeeklyReport }) {
  const { t } = useTranslation('meetings');
  const s = r.summary;
  const sat = r.satisfaction;
  return (
    <Stats cols={5}>
      <Stat title={t('mrep.s.held')} value={s.held} testid="weekly-held" hint={t('mrep.s.upcomingHint', { count: s.upcoming })} />
      <Stat title={t('mrep.s.cancelled')} value={s.cancelled} />
      <Stat title={t('mrep.s.attendees')} value={s.attendees} />
      <Stat title={t('mrep.s.hours')} value={hoursText(s.hours)} />
      <Stat title={t('mrep.s.issuedLate')} value={s.issuedLate} danger={s.issuedLate > 0} />
      <Stat
        title={t('mrep.s.readyOnTime')}
        value={pctText(r.readiness.onTimeRate)}
        hint={`${r.readiness.onTime}/${r.readiness.meetings}`}
      />
      <Stat
        title={t('mrep.s.tasksOnTime')}
        value={pctText(r.readiness.tasks.onTimeRate)}
        hint={`${r.readiness.tasks.onTime}/${r.readiness.tasks.total}`}
      />
      <Stat
        title={t('mrep.s.incidents')}
        value={r.incidents.total}
        danger={r.incidents.serious > 0}
        hint={t('mrep.s.incidentsHint', { serious: r.incidents.serious, open: r.incidents.unresolved })}
      />
      <Stat
        title={t('mrep.s.avgRating')}
        value={sat.averageRating ?? '—'}
        hint={t('mrep.s.answeredHint', { answered: sat.answered, held: s.held })}
      />
      <Stat title={t('mrep.s.billed')} value={money(r.fees.billedFen)} hint={`${t('mrep.s.paid')} ${money(r.fees.paidFen)}`} />
    </Stats>
  );
}
