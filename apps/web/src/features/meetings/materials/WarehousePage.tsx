/** /admin/warehouse — meeting materials in the warehouse (SPEC M7): stock, loss price charged on the fee statement, restock. */
import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { warehouseItemsQuery, type WarehouseItem } from '../api';
import { AddWarehouseItemModal } from './AddWarehouseItemModal';
import { RestockModal } from './RestockModal';
import '../meetings.css';

export default function WarehousePage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const q = useQuery(warehouseItemsQuery(pid));
  const canEdit = session.can('meetings.warehouse');
  const [adding, setAdding] = useState(false);
  const [restock, setRestock] = useState<WarehouseItem | null>(null);
  const [search, setSearch] = useState('');
  const rows = (q.data?.data ?? []).filter((i) => !search || i.name.includes(search) || i.code.includes(search));
  return (
    <div data-testid="warehouse">
      <PageHeader
        title={t('wh.title')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="wh-add">
              {t('wh.add')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('wh.search')} onChange={(e) => setSearch(e.target.value.trim())} style={{ width: 240 }} />
          <Typography.Text type="secondary">{t('wh.count', { count: rows.length })}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<WarehouseItem>
          size="small"
          rowKey="id"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('wh.none') }}
          columns={[
            { title: t('price.code'), dataIndex: 'code', width: 150 },
            {
              title: t('mat.item'),
              render: (_, i) => (
                <span>
                  {i.name} {i.technical && <Tag className="mt-flag">{t('mat.technical')}</Tag>}
                </span>
              ),
            },
            {
              title: t('wh.stock'),
              align: 'right',
              width: 120,
              render: (_, i) => (
                <Typography.Text type={i.stock === 0 ? 'danger' : undefined} strong>
                  {i.stock} {i.unit}
                </Typography.Text>
              ),
            },
            { title: t('wh.lossPrice'), align: 'right', width: 130, render: (_, i) => (i.lossFen ? `${money(i.lossFen)}/${i.unit}` : '—') },
            {
              title: '',
              width: 100,
              render: (_, i) =>
                canEdit && (
                  <Button size="small" onClick={() => setRestock(i)}>
                    {t('wh.restock')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <AddWarehouseItemModal open={adding} onClose={() => setAdding(false)} />
      <RestockModal item={restock} onClose={() => setRestock(null)} />
    </div>
  );
}
