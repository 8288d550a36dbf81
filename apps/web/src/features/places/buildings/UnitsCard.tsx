import { useState } from 'react';
import { Button, Card, Empty, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { Confirm } from '../../../components/Confirm';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { RowActions } from '../../../components/RowActions';
import { useDeletePlace, useFloors, useUnits, type Building, type Unit } from '../api';

/** The chosen building's floors and units (searchable); create, edit and delete units for managers. */
export function UnitsCard({ building, onCreate, onEdit }: { building: Building | null; onCreate(): void; onEdit(u: Unit): void }) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const [q, setQ] = useState('');
  const floors = useFloors(propertyId, building?.id);
  const units = useUnits(propertyId, { buildingId: building?.id ?? null, q });
  const del = useDeletePlace(propertyId, { success: tc('msg.deleted') });

  const columns: ColumnsType<Unit> = [
    { title: t('units.code'), dataIndex: 'code', width: 96 },
    { title: t('units.name'), dataIndex: 'name', ellipsis: true, render: (v) => v ?? '—' },
    { title: t('units.floor'), dataIndex: 'floorLabel', width: 60, render: (v) => v ?? '—' },
    { title: t('units.households'), dataIndex: 'households', width: 100, align: 'right' },
    { title: t('units.organization'), dataIndex: 'organizationName', ellipsis: true, render: (v) => v ?? '—' },
    { title: t('units.phone'), dataIndex: 'phone', width: 124, render: (v) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '—'}</span> },
    {
      title: tc('field.actions'),
      key: 'a',
      width: canManage ? 170 : 110,
      render: (_, u) => (
        <RowActions>
          {canManage && u.policies.update && (
            <Tooltip title={tc('action.edit')}>
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                onClick={() => onEdit(u)}
                aria-label={tc('action.edit')}
                data-testid="unit-edit"
              />
            </Tooltip>
          )}
          <HistoryDrawer entityType="unit" entityId={u.id} title={u.code} />
          {canManage && u.policies.archive && (
            <Confirm title={t('units.deleteConfirm')} onConfirm={() => del.mutate(`/units/${u.id}`)}>
              <Tooltip title={tc('action.delete')}>
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={tc('action.delete')}
                  data-testid="unit-delete"
                />
              </Tooltip>
            </Confirm>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={building ? t('buildings.units', { building: building.name }) : t('buildings.allUnits')}
      extra={
        building && (
          <Space>
            <HistoryDrawer entityType="building" entityId={building.id} title={building.name} />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="unit-create">
                {t('units.create')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {!building ? (
        <Empty description={t('buildings.selectHint')} />
      ) : (
        <>
          <div style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary" style={{ marginRight: 8 }}>
              {t('buildings.floors')}
            </Typography.Text>
            <Space size={[4, 4]} wrap>
              {(floors.data ?? []).map((f) => (
                <Tag key={f.id} style={{ marginInlineEnd: 0 }}>
                  {f.label}
                </Tag>
              ))}
            </Space>
          </div>
          <Input.Search
            allowClear
            placeholder={t('units.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 240, marginBottom: 12 }}
          />
          <Table<Unit>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={units.data ?? []}
            loading={units.isLoading}
            pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 750 }}
            data-testid="unit-table"
          />
        </>
      )}
    </Card>
  );
}
