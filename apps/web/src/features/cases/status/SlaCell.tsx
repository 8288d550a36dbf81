/** The SLA cell: countdown, overdue in red, paused, or done. */
import type { ReactNode } from 'react';
import { Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, PauseCircleOutlined, CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseFields } from '@hy/contracts';
import { formatDuration, slaOf, type SlaState } from '../api/sla';

/** How each SLA state shows: colour, weight, icon and text (the remaining or overdue time as `dur`). */
const LOOKS: Record<SlaState, { type?: 'secondary' | 'success' | 'danger' | 'warning'; strong?: boolean; icon: ReactNode; text: string }> =
  {
    paused: { type: 'secondary', icon: <PauseCircleOutlined />, text: 'sla.paused' },
    done: { type: 'success', icon: <CheckCircleOutlined />, text: 'sla.done' },
    overdue: { type: 'danger', strong: true, icon: <WarningOutlined />, text: 'sla.overdueBy' },
    respond_overdue: { type: 'danger', strong: true, icon: <WarningOutlined />, text: 'sla.respondOverdue' },
    warning: { type: 'warning', strong: true, icon: <ClockCircleOutlined />, text: 'sla.remaining' },
    ok: { icon: <ClockCircleOutlined />, text: 'sla.remaining' },
  };

export function SlaCell({
  c,
  now,
  compact,
}: {
  c: Pick<CaseFields, 'status' | 'respondDueAt' | 'resolveDueAt' | 'respondedAt' | 'createdAt'> & { slaWarnAt?: string };
  now: number;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation('cases');
  const s = slaOf(c, now);
  const dur = formatDuration(s.remainingMs, i18n.language);
  const due = dayjs(s.due).format('MM-DD HH:mm');
  const tip = `${t('sla.respondDue')} ${dayjs(c.respondDueAt).format('MM-DD HH:mm')} · ${t('sla.resolveDue')} ${dayjs(c.resolveDueAt).format('MM-DD HH:mm')}`;
  const look = LOOKS[s.state];
  const body = (
    <Typography.Text type={look.type} strong={look.strong}>
      {look.icon} {t(look.text, { dur })}
    </Typography.Text>
  );
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
