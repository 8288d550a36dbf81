/** Translated labels and tags of the service-desk enums. */
import { Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, PauseCircleOutlined, CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseFields, CaseStatus, Severity, Urgency, WorkOrderStatus } from '@hy/contracts';
import { formatDuration, slaOf } from './api/sla';

export const STATUS_COLORS: Record<CaseStatus, string> = {
  open: 'orange',
  dispatched: 'blue',
  in_progress: 'processing',
  waiting_customer: 'purple',
  resolved: 'cyan',
  closed: 'default',
  reopened: 'volcano',
};
export const WO_COLORS: Record<WorkOrderStatus, string> = {
  issued: 'orange',
  accepted: 'blue',
  on_site: 'processing',
  completed: 'cyan',
  signed: 'green',
  returned: 'default',
  voided: 'red',
};
export const SEVERITY_COLORS: Record<Severity, string> = { general: 'default', important: 'gold', major: 'red' };
export const URGENCY_COLORS: Record<Urgency, string> = { urgent: 'red', normal: 'blue', low: 'default' };

export function useCaseLabels() {
  const { t } = useTranslation('cases');
  const e = (group: string) => (v: string | null | undefined) => (v ? t(`${group}.${v}`, { defaultValue: v }) : '—');
  return {
    t,
    kind: e('kind'),
    channel: e('channel'),
    status: e('status'),
    severity: e('severity'),
    urgency: e('urgency'),
    nature: e('nature'),
    natureType: e('natureType'),
    category: e('category'),
    subcategory: e('subcategory'),
    woStatus: e('woStatus'),
    event: e('event'),
  };
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="case-status">
      {t(`status.${status}`)}
    </Tag>
  );
}
export function WoStatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Tag color={WO_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="wo-status">
      {t(`woStatus.${status}`)}
    </Tag>
  );
}
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation('cases');
  return (
    <Tag color={SEVERITY_COLORS[severity]} style={{ marginInlineEnd: 0 }}>
      {t(`severity.${severity}`)}
    </Tag>
  );
}
export function EmergencyTag() {
  const { t } = useTranslation('cases');
  return (
    <Tag color="#cf1322" style={{ marginInlineEnd: 0 }} data-testid="emergency-tag">
      {t('emergency')}
    </Tag>
  );
}

/** The SLA cell: countdown, overdue in red, paused, or done. */
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
