/** /billing/notices/:id — a notice: lines per sheet, total and 大写, delivery, receipts (take a payment, void), dunning. */
import { useState } from 'react';
import { Button, Card, Descriptions, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, DollarOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { PaymentModal } from '../payments/PaymentModal';
import { ReceiptsList } from '../payments/ReceiptsList';
import { markDelivered, noticeQuery, payKeys } from './api';
import { NoticeSheets } from './NoticeSheets';
import { STATE_COLOR } from './NoticesPage';
import './billing-print.css';

export default function NoticePage() {
  const { t } = useTranslation('billingNotices');
  const { t: td } = useTranslation('billingDunning');
  const { id } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const dt = useDateTime();
  const q = useQuery(noticeQuery(id ?? null));
  const [paying, setPaying] = useState(false);
  const deliver = useApiMutation({ mutationFn: () => markDelivered(id!), invalidate: [payKeys.all], success: t('detail.delivered') });
  if (q.isLoading) return <Spin />;
  const n = q.data;
  if (!n) return <Result status="404" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/billing/notices')}>
          {t('detail.back')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/billing/notices/${n.id}/print`)}>
          {t('detail.print')}
        </Button>
        {can('billing.manage') && !n.deliveredAt && (
          <Button onClick={() => deliver.mutate()} loading={deliver.isPending} data-testid="notice-deliver">
            {t('detail.deliver')}
          </Button>
        )}
        {can('billing.payments') && n.outstandingFen > 0 && (
          <Button type="primary" icon={<DollarOutlined />} onClick={() => setPaying(true)} data-testid="notice-pay">
            {t('billingPayments:pay.open')}
          </Button>
        )}
      </Space>
      <Card
        title={
          <Space wrap>
            <span>{n.number}</span>
            <span>{n.organizationName}</span>
            <Tag color={STATE_COLOR[n.state]} data-testid="notice-state">
              {t(`state.${n.state}`)}
            </Tag>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('print.month')}>{n.month}</Descriptions.Item>
          <Descriptions.Item label={t('col.units')}>{n.units.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('col.due')}>{n.dueOn}</Descriptions.Item>
          <Descriptions.Item label={t('col.amount')}>{money(n.amountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('col.paid')}>{money(n.paidFen)}</Descriptions.Item>
          <Descriptions.Item label={t('col.outstanding')}>
            <span data-testid="notice-outstanding">{money(n.outstandingFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('col.delivered')}>
            {n.deliveredAt
              ? t('detail.deliveredBy', { name: n.deliveredByName, at: dt(n.deliveredAt) })
              : `${t('notDelivered')}（${t('col.deliverBy')} ${n.deliverBy}）`}
          </Descriptions.Item>
        </Descriptions>
        <NoticeSheets n={n} />
      </Card>
      <Card title={t('detail.receipts')} size="small">
        {n.receipts.length ? (
          <ReceiptsList receipts={n.receipts} />
        ) : (
          <Typography.Text type="secondary">{t('detail.noReceipts')}</Typography.Text>
        )}
      </Card>
      {n.dunning.some((s) => s.firedAt) && (
        <Card title={t('detail.dunning')} size="small">
          <Timeline
            items={n.dunning
              .filter((s) => s.firedAt)
              .map((s) => ({
                children: (
                  <span>
                    {td(`step.${s.step}`)} · {dt(s.firedAt)}
                    {s.outcome ? ` · ${s.outcome}（${s.doneByName}）` : ''}
                  </span>
                ),
              }))}
          />
        </Card>
      )}
      <PaymentModal n={n} open={paying} onClose={() => setPaying(false)} />
    </Space>
  );
}
