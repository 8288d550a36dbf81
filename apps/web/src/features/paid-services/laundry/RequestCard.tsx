import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { money, type LaundryRequest } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { laundryKeys, laundryStep, signLaundry } from './api';
import { Countdown } from './Countdown';
import { SignButton } from './SignButton';

const COLORS = { requested: 'gold', called: 'blue', collected: 'cyan', returned: 'purple', rewash: 'orange', signed: 'green' } as const;

/** One request on the board: who, what, the countdown (red when overdue), the next step. */
export function RequestCard({
  r,
  staff,
  onReturn,
  onRewash,
}: {
  r: LaundryRequest;
  staff: boolean;
  onReturn?: () => void;
  onRewash?: () => void;
}) {
  const { t } = useTranslation('laundry');
  const when = useDateTime();
  const step = useApiMutation<'call' | 'collect'>({
    mutationFn: (s) => laundryStep(r.id, s),
    invalidate: [laundryKeys.all],
    success: (_d, s) => t(`done.${s}`),
  });
  const overdue = !!r.collectDueAt && !r.collectedAt && Date.parse(r.collectDueAt) < Date.now();
  return (
    <Card
      size="small"
      data-testid="laundry-card"
      style={{ marginBottom: 12, borderColor: overdue ? '#ff4d4f' : undefined, background: overdue ? '#fff1f0' : undefined }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
        <div>
          <Typography.Text strong>{r.organizationName}</Typography.Text>{' '}
          {r.unitCode && <Typography.Text type="secondary">{r.unitCode}</Typography.Text>}
          <div>
            <Typography.Text type="secondary">
              {r.contactName}
              {r.contactPhone ? ` · ${r.contactPhone}` : ''} · {t(`source.${r.source}`)} · {when(r.createdAt)}
            </Typography.Text>
          </div>
          {r.estimate && <div>{r.estimate}</div>}
        </div>
        <Space direction="vertical" align="end" size={4}>
          <Tag color={COLORS[r.state]}>{t(`state.${r.state}`)}</Tag>
          <Countdown r={r} />
          {r.collectedLate && <Tag color="red">{t('board.collectedLate')}</Tag>}
          {r.alertedAt && <Tag color="volcano">{t('board.alerted')}</Tag>}
        </Space>
      </Space>
      {r.calledAt && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t('board.calledAt', { time: when(r.calledAt) })}
        </Typography.Text>
      )}
      {r.lines.length > 0 && (
        <div style={{ marginTop: 6 }}>
          {r.lines.map((l, i) => (
            <div key={i}>
              {l.item} · {t(`service.${l.service}`)} × {l.qty} · {money(l.priceFen * l.qty)}
            </div>
          ))}
          <Typography.Text strong>
            {t('field.total')} {money(r.totalFen)}
          </Typography.Text>
        </div>
      )}
      {r.rewashNote && <Typography.Text type="warning">{t('board.rewashNote', { note: r.rewashNote })}</Typography.Text>}
      {r.signedAt && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {r.signerName} · {when(r.signedAt)}
        </Typography.Text>
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {staff && r.state === 'requested' && (
          <Button
            type="primary"
            style={{ minHeight: 44 }}
            data-testid="laundry-call"
            loading={step.isPending}
            onClick={() => step.mutate('call')}
          >
            {t('act.call')}
          </Button>
        )}
        {staff && r.state === 'called' && (
          <Button
            type="primary"
            style={{ minHeight: 44 }}
            data-testid="laundry-collect"
            loading={step.isPending}
            onClick={() => step.mutate('collect')}
          >
            {t('act.collect')}
          </Button>
        )}
        {staff && (r.state === 'collected' || r.state === 'rewash') && (
          <Button type="primary" style={{ minHeight: 44 }} data-testid="laundry-return" onClick={onReturn}>
            {t('act.return')}
          </Button>
        )}
        {r.state === 'returned' && (
          <SignButton
            propertyId={r.propertyId}
            label={staff ? t('act.sign') : t('mine.sign')}
            title={t('sign.title')}
            signerName={r.contactName}
            done={t('done.sign')}
            invalidate={[laundryKeys.all]}
            sign={(name, id) => signLaundry(r.id, name, id)}
            testId="laundry-sign"
          />
        )}
        {staff && r.state === 'returned' && (
          <Button danger style={{ minHeight: 44 }} data-testid="laundry-rewash" onClick={onRewash}>
            {t('act.rewash')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
