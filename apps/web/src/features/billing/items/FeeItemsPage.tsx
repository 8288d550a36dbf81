/** /billing/items — 收费项目: the fee items of the property and, in a tab, the units' billing areas. */
import { useState } from 'react';
import { Button, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money, type FeeItem } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { itemsQuery } from './api';
import { ItemFormModal } from './ItemFormModal';
import { UnitAreasTab } from './UnitAreasTab';

export default function FeeItemsPage() {
  const { t } = useTranslation('feeItems');
  const { propertyId, can } = useSession();
  const q = useQuery(itemsQuery(propertyId));
  const [editing, setEditing] = useState<FeeItem | null | undefined>(undefined);
  const manage = can('billing.items.manage');
  return (
    <div>
      <PageHeader
        title={t('nav.title')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('add')}
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'items',
            label: t('tabs.items'),
            children: (
              <Table
                rowKey="id"
                size="small"
                loading={q.isLoading}
                dataSource={q.data?.data ?? []}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: t('field.code'), dataIndex: 'code', width: 80 },
                  { title: t('field.name'), dataIndex: 'name' },
                  { title: t('field.sheet'), dataIndex: 'sheet', render: (s: string) => t(`sheet.${s}`) },
                  { title: t('field.basis'), dataIndex: 'basis', render: (s: string) => t(`basis.${s}`) },
                  {
                    title: t('field.unitPrice'),
                    dataIndex: 'unitPriceFen',
                    align: 'right',
                    render: (f: number, r) => `${money(f)} / ${r.unitLabel}`,
                  },
                  { title: t('field.surcharge'), dataIndex: 'surchargeFen', align: 'right', render: (f: number) => money(f) },
                  { title: t('field.rounding'), dataIndex: 'rounding', render: (s: string) => t(`rounding.${s}`) },
                  { title: t('field.dueDay'), dataIndex: 'dueDay', render: (d: number) => t('dueDayValue', { day: d }) },
                  {
                    title: t('field.active'),
                    dataIndex: 'active',
                    render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{a ? t('yes') : t('no')}</Tag>,
                  },
                  ...(manage
                    ? [
                        {
                          key: 'op',
                          width: 70,
                          render: (_: unknown, r: FeeItem) => (
                            <Button size="small" onClick={() => setEditing(r)}>
                              {t('edit')}
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            ),
          },
          { key: 'units', label: t('tabs.units'), children: <UnitAreasTab /> },
        ]}
      />
      <ItemFormModal open={editing !== undefined} item={editing ?? null} propertyId={propertyId} onClose={() => setEditing(undefined)} />
    </div>
  );
}
