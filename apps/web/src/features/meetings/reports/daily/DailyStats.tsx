/** The day's figures: meetings, verified, attendees, tasks and overdue ones, incidents, late notices. */
import { useTranslation } from 'react-i18next';
import type { DailyReport } from '../../api';
import { Stat } from '../Stat';
import { Stats } from '../Stats';

export function DailyStats({ s }: { s: DailyReport['summary'] }) {
  const { t } = useTranslation('meetings');
  return (
    <Stats cols={7}>
      <Stat
        title={t('mrep.s.meetings')}
        value={s.meetings}
        testid="daily-meetings"
        hint={s.cancelled + s.onHold ? t('mrep.s.cancelledHint', { cancelled: s.cancelled, onHold: s.onHold }) : undefined}
      />
      <Stat title={t('mrep.s.verified')} value={s.verified} suffix={`/ ${s.active}`} />
      <Stat title={t('mrep.s.attendees')} value={s.attendees} />
      <Stat title={t('mrep.s.tasks')} value={s.tasksDone} suffix={`/ ${s.tasks}`} />
      <Stat title={t('mrep.s.tasksOverdue')} value={s.tasksOverdue} danger={s.tasksOverdue > 0} />
      <Stat title={t('mrep.s.incidents')} value={s.incidents} danger={s.incidents > 0} />
      <Stat title={t('mrep.s.issuedLate')} value={s.issuedLate} danger={s.issuedLate > 0} />
    </Stats>
  );
}
