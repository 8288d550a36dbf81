import { Button, Card, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { Confirm } from '../../../components/Confirm';
import { useBuildings, useDeletePlace, type Building } from '../api';

/** The property's buildings: click one to see its units; edit and delete for managers. */
export function BuildingList({
  selectedId,
  onSelect,
  onEdit,
}: {
  selectedId: string | null;
  onSelect(id: string): void;
  onEdit(b: Building): void;
}) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const buildings = useBuildings(propertyId);
  const del = useDeletePlace(propertyId, { success: tc('msg.deleted') });

  const columns: ColumnsType<Building> = [
    { title: tc('field.code'), dataIndex: 'code', width: 64 },
    { title: tc('field.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('buildings.floors'),
      key: 'floors',
      width: 76,
      render: (_, b) => `${b.floorsAbove}${b.floorsBelow ? ` / B${b.floorsBelow}` : ''}`,
    },
    {
      title: '',
      key: 'a',
      width: 70,
      align: 'right',
      render: (_, b) =>
        canManage &&
        b.policies.update && (
          <Space size={0} onClick={(e) => e.stopPropagation()}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onEdit(b)}
              aria-label={tc('action.edit')}
              data-testid="building-edit"
            />
            {b.policies.archive && (
              <Confirm title={t('buildings.deleteConfirm')} onConfirm={() => del.mutate(`/buildings/${b.id}`)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={tc('action.delete')} />
              </Confirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <Card size="small" title={t('buildings.buildings')} styles={{ body: { padding: 0 } }} style={{ marginBottom: 16 }}>
      <Table<Building>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={buildings.data ?? []}
        loading={buildings.isLoading}
        onRow={(b) => ({ onClick: () => onSelect(b.id), style: { cursor: 'pointer' } })}
        rowClassName={(b) => (b.id === selectedId ? 'ant-table-row-selected' : '')}
        data-testid="building-table"
      />
    </Card>
  );
}
