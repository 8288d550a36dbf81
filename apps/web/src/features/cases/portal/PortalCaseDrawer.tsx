/** A tenant's case in the portal: progress, work orders to sign, the rating, notes. */
import { useState } from 'react';
import { Drawer, Spin, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Photos } from '../../../components/files/Photos';
import { useCase } from '../api';
import { useCaseLabels } from '../labels';
import { progressOf } from './progress';
import { NoteInput } from './NoteInput';
import { PortalTimeline } from './PortalTimeline';
import { PortalWorkOrderCard } from './PortalWorkOrderCard';
import { RatingCard } from './RatingCard';

export function PortalCaseDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const { data: c, isLoading } = useCase(id ?? undefined);
  const [signing, setSigning] = useState<string | null>(null);
  const step = c ? progressOf(c, c.workOrders) : 0;
  const rated = !!c?.timeline.some((e) => e.kind === 'rated' || e.kind === 'tenant_rating');
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={Math.min(560, window.innerWidth)}
      title={c ? `${c.number} · ${L.kind(c.kind)}` : ''}
      destroyOnHidden
    >
      {isLoading || !c ? (
        <Spin />
      ) : (
        <>
          <Steps
            direction="vertical"
            size="small"
            current={step}
            style={{ marginBottom: 16 }}
            data-testid="portal-steps"
            items={['received', 'dispatched', 'working', 'toSign', 'done', 'closed'].map((k) => ({ title: t(`portal.step.${k}`) }))}
          />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Paragraph>
          {c.location && (
            <Typography.Paragraph type="secondary">
              {t('field.location')}：{c.location}
            </Typography.Paragraph>
          )}
          <div style={{ marginBottom: 12 }}>
            <Photos files={c.photos} size={72} testId="portal-case-photos" />
          </div>
          {c.workOrders
            .filter((w) => w.status !== 'voided')
            .map((w) => (
              <PortalWorkOrderCard key={w.id} w={w} signing={signing === w.id} onSigning={(on) => setSigning(on ? w.id : null)} />
            ))}
          {(c.status === 'resolved' || c.status === 'closed') && !rated && <RatingCard caseId={c.id} />}
          <Typography.Title level={5}>{t('portal.progress')}</Typography.Title>
          <PortalTimeline events={c.timeline} />
          {c.policies.followUp && <NoteInput caseId={c.id} />}
        </>
      )}
    </Drawer>
  );
}
