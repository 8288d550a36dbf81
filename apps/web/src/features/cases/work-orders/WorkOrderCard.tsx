/** One work order on the engineer's phone: what and where, who to call, and the next step's buttons. */
import { Button, Card, Space, Tag, Typography } from 'antd';
import {
  EnvironmentOutlined,
  PhoneOutlined,
  CheckOutlined,
  CarOutlined,
  ToolOutlined,
  FormOutlined,
  EditOutlined,
  RollbackOutlined,
  ClockCircleOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { WorkOrderWithCase } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { URGENCY_COLORS } from '../labels';
import { WoStatusTag } from '../status/WoStatusTag';
import type { StepPath } from './useWorkOrderStep';
import { WorkOrderFiles } from './WorkOrderFiles';
import { ChargeCard } from '../charges/ChargeCard';

export function WorkOrderCard({
  w,
  busy,
  onStep,
  onComplete,
  onHandBack,
  onSign,
  onScreenSign,
}: {
  w: WorkOrderWithCase;
  busy(path: StepPath): boolean;
  onStep(path: 'accept' | 'arrive'): void;
  onComplete(): void;
  onHandBack(): void;
  onSign(): void;
  onScreenSign(): void;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const { me, can, property } = useSession();
  const tz = property?.timeZone ?? 'Asia/Shanghai';
  return (
    <Card
      size="small"
      style={{ marginBottom: 10, borderLeft: w.urgency === 'urgent' ? '4px solid #cf1322' : undefined }}
      data-testid="my-wo"
      data-number={w.number}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
        <Typography.Text strong>{w.number}</Typography.Text>
        <Space size={4}>
          <Tag color={URGENCY_COLORS[w.urgency]} style={{ marginInlineEnd: 0 }}>
            {t(`urgency.${w.urgency}`)}
          </Tag>
          <WoStatusTag status={w.status} />
        </Space>
      </div>
      <Typography.Paragraph style={{ margin: '6px 0 4px', fontSize: 15 }}>{w.content}</Typography.Paragraph>
      <div style={{ fontSize: 13, color: '#555', lineHeight: 1.7 }}>
        {w.location && (
          <div>
            <EnvironmentOutlined /> {w.location}
          </div>
        )}
        {w.occupantOut && (
          <div className="hy-wo-occupant-out" data-testid="wo-occupant-out">
            <ClockCircleOutlined />{' '}
            {t('my.occupantOut', {
              window: `${dayjs(w.occupantOut.from).tz(tz).format('MM-DD HH:mm')}–${dayjs(w.occupantOut.to)
                .tz(tz)
                .format(dayjs(w.occupantOut.from).tz(tz).isSame(dayjs(w.occupantOut.to).tz(tz), 'day') ? 'HH:mm' : 'MM-DD HH:mm')}`,
            })}
          </div>
        )}
        {(w.contactName || w.contactPhone) && (
          <div>
            <PhoneOutlined /> {w.contactName ?? ''} {w.contactPhone && <a href={`tel:${w.contactPhone}`}>{w.contactPhone}</a>}
          </div>
        )}
        <div>
          {t('my.issuedAt', { at: dayjs(w.issuedAt).format('MM-DD HH:mm') })}
          {w.paid && (
            <Tag color="gold" style={{ marginLeft: 6 }}>
              {t('wo.paid')}
            </Tag>
          )}
          {!w.assigneeId && <Tag style={{ marginLeft: 6 }}>{t('my.unassigned')}</Tag>}
        </div>
        {w.workDone && (
          <div>
            {t('wo.workDone')}：{w.workDone}
          </div>
        )}
        <WorkOrderFiles w={w} />
        {w.paid && w.status !== 'voided' && <ChargeCard woId={w.id} contactName={w.contactName} />}
        {w.signedByName && (
          <div style={{ color: '#389e0d' }}>
            {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
          </div>
        )}
      </div>
      <div style={{ display: 'flex', gap: 8, marginTop: 10 }}>
        {w.status === 'issued' && (
          <Button
            type="primary"
            block
            size="large"
            icon={<CheckOutlined />}
            loading={busy('accept')}
            onClick={() => onStep('accept')}
            data-testid="my-accept"
          >
            {t('my.accept')}
          </Button>
        )}
        {w.status === 'accepted' && (
          <Button
            block
            size="large"
            icon={<CarOutlined />}
            loading={busy('arrive')}
            onClick={() => onStep('arrive')}
            data-testid="my-arrive"
          >
            {t('my.arrive')}
          </Button>
        )}
        {(w.status === 'accepted' || w.status === 'on_site') && (
          <Button type="primary" block size="large" icon={<ToolOutlined />} onClick={onComplete} data-testid="my-complete">
            {t('my.complete')}
          </Button>
        )}
        {['issued', 'accepted', 'on_site'].includes(w.status) && w.assigneeId === me?.id && (
          <Button size="large" icon={<RollbackOutlined />} onClick={onHandBack} data-testid="my-hand-back" aria-label={t('my.handBack')} />
        )}
        {w.status === 'completed' && (can('cases.handle') || w.assigneeId === me?.id) && (
          <>
            <Button type="primary" block size="large" icon={<EditOutlined />} onClick={onScreenSign} data-testid="my-screen-sign">
              {t('my.screenSign')}
            </Button>
            <Button block size="large" icon={<FormOutlined />} onClick={onSign} data-testid="my-paper-sign">
              {t('my.paperSign')}
            </Button>
          </>
        )}
      </div>
      {w.status === 'completed' && !can('cases.handle') && w.assigneeId !== me?.id && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('my.signHint')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
