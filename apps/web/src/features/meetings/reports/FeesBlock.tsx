/** The fees summary of a period (statements, confirmed, paid, due, received). */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { type WeeklyReport } from '../api';
import '../meetings.css';
import './reports.css';

export function FeesBlock({ f }: { f: WeeklyReport['fees'] }) {
  const { t } = useTranslation('meetings');
  return (
    <Descriptions size="small" column={1} bordered labelStyle={{ width: 160 }}>
      <Descriptions.Item label={t('mrep.s.statements')}>
        {t('mrep.statementsText', { count: f.statements, confirmed: f.confirmed, paid: f.paidInFull })}
      </Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.billed')}>{money(f.billedFen)}</Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.paid')}>{money(f.paidFen)}</Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.due')}>
        <Typography.Text type={f.dueFen > 0 ? 'danger' : undefined}>{money(f.dueFen)}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.received')}>
        {money(f.received.fen)}
        {f.received.count ? ` · ${t('mrep.paymentsN', { count: f.received.count })}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.withoutStatement')}>
        <Typography.Text type={f.withoutStatement > 0 ? 'warning' : undefined}>{f.withoutStatement}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
