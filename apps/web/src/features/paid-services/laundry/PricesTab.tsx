import { Button, Empty, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { laundryPricesQuery } from './api';

/** The price list agreed with the laundry; printable to hand to a tenant at move-in. */
export function PricesTab({ propertyId }: { propertyId: string | null }) {
  const { t } = useTranslation('laundry');
  const navigate = useNavigate();
  const q = useQuery(laundryPricesQuery(propertyId));
  const p = q.data;
  if (!q.isLoading && !p?.data.length) return <Empty description={t('prices.empty')} />;
  const cell = (f: number | null) => (f == null ? t('prices.none') : money(f));
  return (
    <div>
      <Typography.Paragraph type="secondary">
        {p?.supplier ? `${t('prices.supplier', { name: p.supplier.name })} · ` : ''}
        {t('prices.note')}
      </Typography.Paragraph>
      <Button
        icon={<PrinterOutlined />}
        style={{ marginBottom: 12, minHeight: 40 }}
        onClick={() => navigate('/paid-services/laundry/prices/print')}
      >
        {t('prices.print')}
      </Button>
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        pagination={false}
        data-testid="laundry-prices"
        dataSource={p?.data ?? []}
        columns={[
          { title: t('field.item'), dataIndex: 'item' },
          { title: t('service.wash'), dataIndex: 'washFen', align: 'right', render: cell },
          { title: t('service.dry_clean'), dataIndex: 'dryCleanFen', align: 'right', render: cell },
          { title: t('service.iron'), dataIndex: 'ironFen', align: 'right', render: cell },
        ]}
      />
    </div>
  );
}
