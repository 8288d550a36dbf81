/** One service slip in a list: number, customer, what was done, amount, state, handover, and the actions. */
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { money, type BcSlip } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { SLIP_STATE_COLOR, slipContent } from './labels';
import { SlipActions } from './SlipActions';

export function SlipCard({ s }: { s: BcSlip }) {
  const { t } = useTranslation('bizCenter');
  const dt = useDateTime();
  const h = s.handover;
  return (
    <Card size="small" data-testid="slip-card" data-state={s.state} data-number={s.number}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text strong>{s.organizationName ?? s.customerName}</Typography.Text>
        <Space size={4}>
          {s.charged && <Tag color="purple">{t('slip.charged')}</Tag>}
          <Tag color={SLIP_STATE_COLOR[s.state]}>{t(`state.${s.state}`)}</Tag>
        </Space>
      </Space>
      <div style={{ fontSize: 13, color: '#555' }}>
        {s.number} · {dt(s.createdAt)}
        {s.organizationName ? ` · ${s.customerName}` : ''}
      </div>
      <div style={{ fontSize: 14, margin: '2px 0' }}>
        {slipContent(t, s)} · <strong>{money(s.amountFen)}</strong>
        {s.payment ? ` · ${t(`payment.${s.payment}`)}` : ''}
      </div>
      {s.operatorName && (
        <div style={{ fontSize: 12, color: '#777' }}>
          {t('field.operator')}：{s.operatorName} · {dt(s.finishedAt)}
          {s.signerName ? ` · ${t('field.signer')}：${s.signerName}` : ''}
        </div>
      )}
      {h && s.handoverAt && (
        <div
          style={{ fontSize: 12, background: '#fffbe6', padding: '4px 8px', borderRadius: 4, margin: '4px 0' }}
          data-testid="slip-handover-note"
        >
          {t('slip.handoverBy', { name: s.handoverByName })}（{dt(s.handoverAt)}）：
          {[
            h.stoppedAtPage != null ? `${t('field.stoppedAtPage')} ${h.stoppedAtPage}` : null,
            h.format,
            h.fileName,
            h.proofAt ? `${t('field.proofAt')} ${h.proofAt}` : null,
            h.note,
          ]
            .filter(Boolean)
            .join('；')}
          {s.takenOverByName ? ` — ${t('slip.takenBy', { name: s.takenOverByName })}` : ''}
        </div>
      )}
      {s.voidReason && (
        <div style={{ fontSize: 12, color: '#cf1322' }}>
          {t('field.reason')}：{s.voidReason}（{s.voidedByName}）
        </div>
      )}
      <div style={{ marginTop: 6 }}>
        <SlipActions s={s} />
      </div>
    </Card>
  );
}
