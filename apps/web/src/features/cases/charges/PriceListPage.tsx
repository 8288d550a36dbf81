/** /cases/price-list — the repair price list kept by the billing staff (labour and materials, unit, price). */
import { useState } from 'react';
import { Button, Card, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money, type RepairPriceItem } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { priceListQuery } from './api';
import { PriceItemModal } from './PriceItemModal';

export default function PriceListPage() {
  const { t } = useTranslation(['repairCharges', 'common']);
  const { propertyId } = useSession();
  const [onlyActive, setOnlyActive] = useState(false);
  const [edit, setEdit] = useState<RepairPriceItem | 'new' | null>(null);
  const q = useQuery(priceListQuery(propertyId, onlyActive || undefined));
  return (
    <>
      <PageHeader
        title={t('priceList.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit('new')} data-testid="price-add">
            {t('priceList.add')}
          </Button>
        }
      />
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('priceList.hint')}</Typography.Paragraph>
        <div style={{ marginBottom: 8 }}>
          <Switch size="small" checked={onlyActive} onChange={setOnlyActive} /> {t('priceList.onlyActive')}
        </div>
        <Table<RepairPriceItem>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.data ?? []}
          pagination={false}
          scroll={{ x: 520 }}
          data-testid="price-table"
          columns={[
            { title: t('priceList.name'), dataIndex: 'name' },
            { title: t('priceList.kind'), dataIndex: 'kind', width: 80, render: (k: string) => t(`kind.${k}`) },
            { title: t('priceList.unit'), dataIndex: 'unit', width: 64 },
            { title: t('priceList.price'), dataIndex: 'priceFen', width: 110, align: 'right', render: (v: number) => money(v) },
            {
              title: t('priceList.active'),
              dataIndex: 'active',
              width: 80,
              render: (v: boolean) => (v ? <Tag color="green">{t('priceList.active')}</Tag> : <Tag>{t('priceList.inactive')}</Tag>),
            },
            {
              title: t('common:field.actions'),
              key: 'a',
              width: 80,
              render: (_: unknown, r) => (
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEdit(r)}>
                  {t('priceList.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <PriceItemModal open={edit !== null} item={edit === 'new' ? null : edit} onClose={() => setEdit(null)} />
    </>
  );
}
