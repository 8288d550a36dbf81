/** Proxy purchases 《会议采购通知单》 (代订代购): request, then record the cost and invoice or cancel. */
import { useState } from 'react';
import { Button, Card, Empty, Skeleton, Table, Tag } from 'antd';
import { ShoppingCartOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { purchasesQuery, type Notice, type Purchase } from '../api';
import { fmtAt } from '../labels';
import { PurchaseRequestModal } from './PurchaseRequestModal';
import { CompletePurchaseModal } from './CompletePurchaseModal';

export function PurchasesCard({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const manage = session.can('meetings.fees.manage');
  const q = useQuery(purchasesQuery(n.id));
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<Purchase | null>(null);
  const rows = q.data?.data ?? [];
  return (
    <Card
      size="small"
      title={t('purchase.title')}
      data-testid="purchases"
      extra={
        manage && (
          <Button size="small" type="primary" icon={<ShoppingCartOutlined />} onClick={() => setOpen(true)} data-testid="purchase-new">
            {t('purchase.new')}
          </Button>
        )
      }
    >
      {q.isLoading ? (
        <Skeleton active />
      ) : !rows.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('purchase.none')} />
      ) : (
        <Table<Purchase>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            {
              title: t('purchase.number'),
              dataIndex: 'number',
              width: 170,
              render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
            },
            { title: t('purchase.items'), render: (_, p) => p.items.map((i) => `${i.name}×${i.qty}${i.unit}`).join('、') },
            { title: t('purchase.purchaser'), width: 100, render: (_, p) => p.purchaser ?? '—' },
            { title: t('fee.total'), width: 110, align: 'right', render: (_, p) => money(p.totalFen) },
            {
              title: t('purchase.statusCol'),
              width: 160,
              render: (_, p) => (
                <div>
                  <Tag color={p.status === 'purchased' ? 'green' : p.status === 'cancelled' ? 'default' : 'orange'}>
                    {t(`purchase.status.${p.status}`)}
                  </Tag>
                  {p.invoiceRef && (
                    <div className="mt-sub">
                      {t('fee.invoiceRef')} {p.invoiceRef}
                    </div>
                  )}
                  <div className="mt-sub">{fmtAt(p.purchasedAt ?? p.requestedAt, tz)}</div>
                </div>
              ),
            },
            {
              title: '',
              width: 90,
              render: (_, p) =>
                manage &&
                p.status === 'requested' && (
                  <Button size="small" onClick={() => setDone(p)}>
                    {t('purchase.complete')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <PurchaseRequestModal noticeId={n.id} open={open} onClose={() => setOpen(false)} />
      <CompletePurchaseModal purchase={done} onClose={() => setDone(null)} />
    </Card>
  );
}
