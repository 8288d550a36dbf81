/** One handover: its shift, counts and notes, and its items as rows the next shift acknowledges one by one. */
import { useState } from 'react';
import { Button, Input, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { HANDOVER_COUNT_KEYS, type HandoverCounts, type HandoverItem, type ShiftHandover } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { acceptHandover, acknowledgeItem, handoverKeys } from './api';
import { useWhen } from './useWhen';
import './handover.css';

export function Counts({ counts }: { counts: HandoverCounts }) {
  const { t } = useTranslation('handover');
  return (
    <div className="ho-counts" data-testid="handover-counts">
      {HANDOVER_COUNT_KEYS.map((k) => (
        <div className="ho-count" key={k}>
          <b>{counts[k]}</b>
          <span>{t(`counts.${k}`)}</span>
        </div>
      ))}
    </div>
  );
}

function ItemRow({ h, item }: { h: ShiftHandover; item: HandoverItem }) {
  const { t } = useTranslation('handover');
  const when = useWhen();
  const [remark, setRemark] = useState('');
  const ack = useApiMutation({ mutationFn: acknowledgeItem, invalidate: [handoverKeys.all] });
  const canAck = h.policies.acknowledge && !item.ackedAt;
  return (
    <div
      className={`ho-item${item.flagged ? ' flagged' : ''}`}
      data-testid="handover-item"
      data-kind={item.kind}
      data-acked={item.ackedAt ? 'yes' : 'no'}
    >
      <div className="ho-item-main">
        <Tag>{t(`kind.${item.kind}`)}</Tag>
        <span className="ho-item-title">{item.title}</span>
        <div className="ho-item-sub">{[item.detail, when(item.at)].filter(Boolean).join(' · ')}</div>
        {item.ackedAt && (
          <div className="ho-item-sub">
            <CheckCircleFilled style={{ color: '#52c41a' }} /> {t('current.ackedBy', { name: item.ackedByName, time: when(item.ackedAt) })}
            {item.remark ? ` — ${item.remark}` : ''}
          </div>
        )}
        {canAck && (
          <Input
            size="small"
            value={remark}
            onChange={(e) => setRemark(e.target.value)}
            placeholder={t('current.remarkPh')}
            aria-label={t('current.remark')}
            maxLength={300}
            style={{ marginTop: 6, maxWidth: 360 }}
            data-testid="item-remark"
          />
        )}
      </div>
      {canAck && (
        <div className="ho-item-act">
          <Button
            type="primary"
            loading={ack.isPending}
            onClick={() => ack.mutate({ id: h.id, itemId: item.id, remark })}
            data-testid="item-ack"
          >
            {t('current.ack')}
          </Button>
        </div>
      )}
    </div>
  );
}

export function HandoverView({ h }: { h: ShiftHandover }) {
  const { t } = useTranslation('handover');
  const when = useWhen();
  const [remark, setRemark] = useState('');
  const accept = useApiMutation({ mutationFn: acceptHandover, invalidate: [handoverKeys.all], success: t('current.accepted') });
  const done = h.itemCount - h.pendingCount;
  return (
    <div data-testid="handover-view" data-id={h.id} data-state={h.state}>
      <Space wrap size={[8, 4]}>
        <Typography.Text strong>
          {t('current.window', { shift: t(`shift.${h.shift}`), from: when(h.shiftStart), to: when(h.shiftEnd) })}
        </Typography.Text>
        <Tag color={h.state === 'accepted' ? 'green' : 'orange'}>{t(`state.${h.state}`)}</Tag>
        {h.alertedAt && h.state === 'submitted' && <Tag color="red">{t('current.alerted')}</Tag>}
      </Space>
      <div className="ho-item-sub">{t('current.by', { name: h.writtenByName, time: when(h.submittedAt) })}</div>
      <Counts counts={h.counts} />
      {h.notes && (
        <div className="ho-notes" data-testid="handover-notes">
          <Typography.Text type="secondary">{t('current.notes')}：</Typography.Text>
          {h.notes}
        </div>
      )}
      <Typography.Text type="secondary" data-testid="handover-progress">
        {t('current.progress', { done, total: h.itemCount })}
      </Typography.Text>
      {h.items.length === 0 && <div className="ho-item-sub">{t('current.noItems')}</div>}
      {h.items.map((i) => (
        <ItemRow key={i.id} h={h} item={i} />
      ))}
      {h.state === 'accepted' && (
        <div className="ho-item-sub" style={{ marginTop: 8 }}>
          {t('current.accepted')}：{h.acceptedByName} {when(h.acceptedAt)}
          {h.acceptRemark ? ` — ${h.acceptRemark}` : ''}
        </div>
      )}
      {h.policies.accept && (
        <Space.Compact block style={{ marginTop: 12 }}>
          <Input
            value={remark}
            onChange={(e) => setRemark(e.target.value)}
            placeholder={t('current.acceptRemark')}
            maxLength={500}
            data-testid="accept-remark"
          />
          <Button
            type="primary"
            loading={accept.isPending}
            onClick={() => accept.mutate({ id: h.id, remark })}
            style={{ minHeight: 40 }}
            data-testid="handover-accept"
          >
            {t('current.accept')}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}
