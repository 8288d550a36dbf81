/** The case's clocks: respond and resolve deadlines, remaining time, pauses, escalation, apology. */
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { formatDuration, slaOf } from '../api';
import { SlaCell } from '../status/SlaCell';
import { fmt } from './format';

export function SlaCard({ c, now, lang }: { c: CaseDetail; now: number; lang: string }) {
  const { t } = useTranslation('cases');
  const s = slaOf(c, now);
  return (
    <Card size="small" title={t('detail.sla')} style={{ marginBottom: 16 }} data-testid="sla-card">
      <div style={{ marginBottom: 8, fontSize: 16 }}>
        <SlaCell c={c} now={now} compact />
      </div>
      <Descriptions size="small" column={1} labelStyle={{ width: 110 }}>
        <Descriptions.Item label={t('sla.respondDue')}>
          {fmt(c.respondDueAt)}{' '}
          {c.respondedAt ? (
            <Tag color="green" style={{ marginLeft: 6 }}>
              {t('sla.responded')}
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('sla.resolveDue')}>
          {fmt(c.resolveDueAt)}
          {c.extendedTo && (
            <Tag color="orange" style={{ marginLeft: 6 }}>
              {t('sla.extended')}
            </Tag>
          )}
        </Descriptions.Item>
        {s.state !== 'done' && (
          <Descriptions.Item label={s.remainingMs >= 0 ? t('sla.remainingLabel') : t('sla.overdueLabel')}>
            <Typography.Text type={s.remainingMs < 0 ? 'danger' : undefined}>{formatDuration(s.remainingMs, lang)}</Typography.Text>
          </Descriptions.Item>
        )}
        {c.pausedTotalMinutes > 0 && (
          <Descriptions.Item label={t('sla.pausedTotal')}>{formatDuration(c.pausedTotalMinutes * 60_000, lang)}</Descriptions.Item>
        )}
        {c.pausedAt && <Descriptions.Item label={t('sla.pausedSince')}>{fmt(c.pausedAt)}</Descriptions.Item>}
        {c.escalationLevel > 0 && (
          <Descriptions.Item label={t('sla.escalation')}>
            <Tag color="red">{t(`escalationLevel.${Math.min(3, c.escalationLevel)}`)}</Tag>
          </Descriptions.Item>
        )}
        {c.kind === 'complaint' && (
          <Descriptions.Item label={t('sla.apology')}>
            {c.apologyRecordedAt ? fmt(c.apologyRecordedAt) : <Typography.Text type="warning">{t('sla.noApology')}</Typography.Text>}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
