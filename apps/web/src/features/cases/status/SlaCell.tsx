/** The SLA cell: countdown, overdue in red, paused, or done. */
import { Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, PauseCircleOutlined, CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseFields } from '@hy/contracts';
import { formatDuration, slaOf } from '../api/sla';

export function SlaCell({
  c,
  now,
  compact,
}: {
  c: Pick<CaseFields, 'status' | 'respondDueAt' | 'resolveDueAt' | 'respondedAt' | 'createdAt'>;
  now: number;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation('cases');
  const s = slaOf(c, now);
  const dur = formatDuration(s.remainingMs, i18n.language);
  const due = dayjs(s.due).format('MM-DD HH:mm');
  const tip = `${t('sla.respondDue')} ${dayjs(c.respondDueAt).format('MM-DD HH:mm')} · ${t('sla.resolveDue')} ${dayjs(c.resolveDueAt).format('MM-DD HH:mm')}`;
  let body;
  switch (s.state) {
    case 'paused':
      body = (
        <Typography.Text type="secondary">
          <PauseCircleOutlined /> {t('sla.paused')}
        </Typography.Text>
      );
      break;
    case 'done':
      body = (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('sla.done')}
        </Typography.Text>
      );
      break;
    case 'overdue':
      body = (
        <Typography.Text type="danger" strong>
          <WarningOutlined /> {t('sla.overdueBy', { dur })}
        </Typography.Text>
      );
      break;
    case 'respond_overdue':
      body = (
        <Typography.Text type="danger" strong>
          <WarningOutlined /> {t('sla.respondOverdue', { dur })}
        </Typography.Text>
      );
      break;
    case 'warning':
      body = (
        <Typography.Text type="warning" strong>
          <ClockCircleOutlined /> {t('sla.remaining', { dur })}
        </Typography.Text>
      );
      break;
    default:
      body = (
        <Typography.Text>
          <ClockCircleOutlined /> {t('sla.remaining', { dur })}
        </Typography.Text>
      );
  }
  return (
    <Tooltip title={tip}>
      <div style={{ lineHeight: 1.35 }} data-testid="sla-cell" data-state={s.state}>
        <div>{body}</div>
        {!compact && s.state !== 'done' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('sla.due', { at: due })}
          </Typography.Text>
        )}
      </div>
    </Tooltip>
  );
}
