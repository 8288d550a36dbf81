/** A tenant's case in the portal: progress, work orders to sign, the rating, notes. */
import { useState } from 'react';
import { Button, Card, Drawer, Input, Radio, Rate, Space, Spin, Steps, Timeline, Typography } from 'antd';
import { FormOutlined, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { WorkOrderRow } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { followUpCase, rateCase, signWorkOrder, useCase, useCaseWrite } from '../api';
import { useCaseLabels } from '../labels';
import { WoStatusTag } from '../status/WoStatusTag';
import { progressOf } from './progress';

export function PortalCaseDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const { me } = useSession();
  const { data: c, isLoading } = useCase(id ?? undefined);
  const [signing, setSigning] = useState<WorkOrderRow | null>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [rate, setRate] = useState<{ satisfied: boolean; rating: number; comment: string } | null>(null);

  const signWrite = useCaseWrite((v: { id: string; name: string }) => signWorkOrder(v.id, { name: v.name, method: 'portal' }), {
    success: t('portal.signed'),
    onSuccess: () => setSigning(null),
  });
  const noteWrite = useCaseWrite((v: { id: string; note: string }) => followUpCase(v.id, { kind: 'note', note: v.note }), {
    success: t('portal.noteAdded'),
    onSuccess: () => setNote(''),
  });
  const rateWrite = useCaseWrite(
    (v: { id: string; satisfied: boolean; rating: number; comment: string | null }) =>
      rateCase(v.id, { satisfied: v.satisfied, rating: v.rating, comment: v.comment }),
    { success: t('portal.rated'), onSuccess: () => setRate(null) },
  );
  const sign = () => {
    if (signing && name.trim()) signWrite.mutate({ id: signing.id, name: name.trim() });
  };
  const addNote = () => {
    if (c && note.trim()) noteWrite.mutate({ id: c.id, note: note.trim() });
  };
  const sendRating = () => {
    if (c && rate) rateWrite.mutate({ id: c.id, satisfied: rate.satisfied, rating: rate.rating, comment: rate.comment || null });
  };

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
          {c.workOrders
            .filter((w) => w.status !== 'voided')
            .map((w) => (
              <Card
                key={w.id}
                size="small"
                style={{ marginBottom: 12 }}
                title={
                  <Space>
                    {t('portal.workOrder')} {w.number}
                    <WoStatusTag status={w.status} />
                  </Space>
                }
              >
                {w.workDone && (
                  <div>
                    {t('wo.workDone')}：{w.workDone}
                  </div>
                )}
                {w.materials.length > 0 && (
                  <div>
                    {t('wo.materials')}：{w.materials.map((m) => `${m.name}×${m.qty}${m.unit ?? ''}`).join('，')}
                  </div>
                )}
                {w.signedByName && (
                  <Typography.Text type="success">
                    {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
                  </Typography.Text>
                )}
                {w.status === 'completed' && (
                  <Button
                    type="primary"
                    icon={<FormOutlined />}
                    style={{ marginTop: 8 }}
                    onClick={() => {
                      setName(me?.displayName ?? '');
                      setSigning(w);
                    }}
                    data-testid="portal-sign"
                  >
                    {t('portal.sign')}
                  </Button>
                )}
                {signing?.id === w.id && (
                  <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                    <Input
                      value={name}
                      onChange={(e) => setName(e.target.value)}
                      placeholder={t('field.signerName')}
                      data-testid="portal-sign-name"
                    />
                    <Button type="primary" onClick={sign} data-testid="portal-sign-ok">
                      {t('portal.signConfirm')}
                    </Button>
                  </Space.Compact>
                )}
              </Card>
            ))}
          {(c.status === 'resolved' || c.status === 'closed') &&
            !rated &&
            (rate ? (
              <Card size="small" title={t('portal.rateTitle')} style={{ marginBottom: 12 }}>
                <Radio.Group
                  value={rate.satisfied}
                  onChange={(e) => setRate({ ...rate, satisfied: e.target.value })}
                  options={[
                    { value: true, label: t('callback.satisfied') },
                    { value: false, label: t('callback.dissatisfied') },
                  ]}
                />
                <div style={{ margin: '8px 0' }}>
                  <Rate value={rate.rating} onChange={(v) => setRate({ ...rate, rating: v || 1 })} />
                </div>
                <Input.TextArea
                  rows={2}
                  maxLength={1000}
                  value={rate.comment}
                  onChange={(e) => setRate({ ...rate, comment: e.target.value })}
                  placeholder={t('field.comment')}
                />
                <Button type="primary" style={{ marginTop: 8 }} onClick={sendRating} data-testid="portal-rate-ok">
                  {t('common:action.submit')}
                </Button>
              </Card>
            ) : (
              <Button
                icon={<StarOutlined />}
                style={{ marginBottom: 12 }}
                onClick={() => setRate({ satisfied: true, rating: 5, comment: '' })}
                data-testid="portal-rate"
              >
                {t('portal.rate')}
              </Button>
            ))}
          <Typography.Title level={5}>{t('portal.progress')}</Typography.Title>
          <Timeline
            items={[...c.timeline]
              .reverse()
              .filter(
                (e) =>
                  ![
                    'escalated',
                    'respond_warning',
                    'respond_breach',
                    'resolve_warning',
                    'resolve_breach',
                    'follow_up',
                    'follow_up_second',
                  ].includes(e.kind) && !e.kind.startsWith('resolve_'),
              )
              .map((e) => ({
                key: e.id,
                children: (
                  <div>
                    <Typography.Text strong>{L.event(e.kind)}</Typography.Text>{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(e.at).format('MM-DD HH:mm')}
                    </Typography.Text>
                    {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
                  </div>
                ),
              }))}
          />
          {c.policies.followUp && (
            <Space.Compact style={{ width: '100%' }}>
              <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder={t('portal.notePlaceholder')} />
              <Button onClick={addNote}>{t('portal.addNote')}</Button>
            </Space.Compact>
          )}
        </>
      )}
    </Drawer>
  );
}
