/** One incident: kind, escalation, open or resolved, when; what happened, how it was handled; the resolve link. */
import { Badge, Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../api';
import { fmtAt } from '../labels';
import { AvPlanAlert } from './AvPlanAlert';
import '../meetings.css';

export function IncidentItem({ i, tz, onResolve }: { i: Incident; tz: string; onResolve?(): void }) {
  const { t } = useTranslation('meetings');
  return (
    <List.Item data-testid="incident-item" style={{ display: 'block', paddingInline: 0 }}>
      <Space size={4} wrap>
        <Tag color={i.kind === 'equipment_failure' ? 'volcano' : 'orange'}>{t(`incident.kinds.${i.kind}`)}</Tag>
        {i.severity === 'serious' && <Tag color="red">{t('incident.escalated')}</Tag>}
        {i.resolvedAt ? <Badge status="success" text={t('incident.resolved')} /> : <Badge status="processing" text={t('incident.open')} />}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('incident.reportedBy', { at: fmtAt(i.reportedAt, tz) })}
        </Typography.Text>
      </Space>
      <div className="mt-pre">{i.description}</div>
      {i.handling && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('incident.handling')}：{i.handledBy ? `${i.handledBy} · ` : ''}
          {i.handling}
        </Typography.Text>
      )}
      {i.kind === 'equipment_failure' && !i.resolvedAt && <AvPlanAlert style={{ marginTop: 6, fontSize: 12 }} />}
      {!i.resolvedAt && onResolve && (
        <div>
          <Button size="small" type="link" style={{ padding: 0 }} data-testid="resolve-incident" onClick={onResolve}>
            {t('incident.resolve')}
          </Button>
        </div>
      )}
    </List.Item>
  );
}
