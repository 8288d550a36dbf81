import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Visit } from '@hy/contracts';

const COLOR: Record<Visit['status'], string> = {
  expected: 'blue',
  awaiting_consent: 'gold',
  held: 'red',
  admitted: 'cyan',
  declined: 'default',
  checked_in: 'green',
  checked_out: 'default',
  cancelled: 'default',
  no_show: 'default',
};

/** A visit's state, with "no answer — phone the host" once the consent request timed out. */
export function VisitStatusTag({ v }: { v: Visit }) {
  const { t } = useTranslation('visitors');
  return (
    <span data-testid={`visit-status-${v.id}`} data-status={v.status}>
      <Tag color={COLOR[v.status]}>{t(`status.${v.status}`)}</Tag>
      {v.consentOverdue && <Tag color="volcano">{t('msg.noAnswer')}</Tag>}
      {v.officeWord && !v.consent && <Tag color="purple">{t('msg.officeWord')}</Tag>}
      {v.noticeId && (
        <Tag color="geekblue" data-testid={`visit-meeting-tag-${v.id}`}>
          {t('meeting.tag')}
        </Tag>
      )}
    </span>
  );
}
