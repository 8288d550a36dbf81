/** /portal/bills — the tenant's own notices on a phone: lines, total with 大写, paid, outstanding, receipts. */
import { Card, Collapse, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { ReceiptsList } from '../payments/ReceiptsList';
import { myNoticesQuery } from './api';
import { NoticeSheets } from './NoticeSheets';
import { STATE_COLOR } from './NoticesPage';
import './billing-print.css';

export default function PortalBillsPage() {
  const { t } = useTranslation('billingNotices');
  const { propertyId } = useSession();
  const q = useQuery(myNoticesQuery(propertyId));
  if (q.isLoading) return <Spin />;
  const list = q.data?.data ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portal.title')}
      </Typography.Title>
      {!list.length && <Empty description={t('portal.empty')} />}
      {list.map((n) => (
        <Card
          key={n.id}
          size="small"
          data-testid="portal-bill"
          title={
            <Space wrap size={4}>
              <span>{n.month}</span>
              <Tag color={STATE_COLOR[n.state]}>{t(`state.${n.state}`)}</Tag>
            </Space>
          }
          extra={<Typography.Text type="secondary">{n.number}</Typography.Text>}
        >
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Typography.Text strong style={{ fontSize: 20 }} data-testid="portal-bill-total">
              {money(n.amountFen)}
            </Typography.Text>
            <Typography.Text data-testid="portal-bill-words">
              {t('detail.inWords')}：{n.amountInWords}
            </Typography.Text>
            <Typography.Text>
              {t('col.paid')} {money(n.paidFen)} ·{' '}
              <Typography.Text type={n.outstandingFen ? 'danger' : 'success'} data-testid="portal-bill-outstanding">
                {n.outstandingFen ? t('portal.outstanding', { amount: money(n.outstandingFen) }) : t('portal.paidAll')}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('col.due')} {n.dueOn}
            </Typography.Text>
          </Space>
          <Collapse
            ghost
            size="small"
            items={[
              { key: 'lines', label: t('portal.lines'), children: <NoticeSheets n={n} compact /> },
              ...(n.receipts.length
                ? [{ key: 'receipts', label: t('portal.receipts'), children: <ReceiptsList receipts={n.receipts} printable={false} /> }]
                : []),
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
