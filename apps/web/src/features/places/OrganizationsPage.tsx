import { useMemo, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { Confirm } from '../../components/Confirm';
import { PageHeader } from '../../components/PageHeader';
import { RowActions } from '../../components/RowActions';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { organizationPagesQuery, useDeletePlace, type Organization } from './api';
import { usePlaceLabels } from './labels';
import { OrganizationForm } from './organizations/OrganizationForm';

const KIND_COLORS: Record<OrganizationKind, string> = { government: 'red', company: 'blue', other: 'default' };

/** /admin/organizations: the property's organizations, filtered by kind and searched by name. */
export default function OrganizationsPage() {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const [kind, setKind] = useState<OrganizationKind | undefined>();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<{ org: Organization | null } | null>(null);

  const list = useInfiniteQuery(organizationPagesQuery(propertyId, { kind, q }));
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const del = useDeletePlace(propertyId, { success: tc('msg.deleted') });

  const columns: ColumnsType<Organization> = [
    { title: t('orgs.name'), dataIndex: 'name', ellipsis: true },
    { title: t('orgs.shortName'), dataIndex: 'shortName', width: 140, render: (v) => v ?? '—' },
    {
      title: t('orgs.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: OrganizationKind) => <Tag color={KIND_COLORS[k]}>{L.orgKind(k)}</Tag>,
    },
    { title: t('orgs.contactName'), dataIndex: 'contactName', width: 120, render: (v) => v ?? '—' },
    { title: t('orgs.contactPhone'), dataIndex: 'contactPhone', width: 140, render: (v) => v ?? '—' },
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: tc('field.actions'),
      key: 'a',
      width: canManage ? 210 : 100,
      render: (_, o) => (
        <RowActions>
          {canManage && o.policies.update && (
            <Button size="small" type="link" onClick={() => setEditing({ org: o })} data-testid="org-edit">
              {tc('action.edit')}
            </Button>
          )}
          <HistoryDrawer entityType="organization" entityId={o.id} title={o.name} />
          {canManage && o.policies.archive && (
            <Confirm title={t('orgs.deleteConfirm')} onConfirm={() => del.mutate(`/organizations/${o.id}`)}>
              <Button size="small" type="link" danger>
                {tc('action.delete')}
              </Button>
            </Confirm>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ org: null })} data-testid="org-create">
              {t('orgs.create')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('orgs.allKinds')}
            style={{ width: 140 }}
            value={kind}
            onChange={setKind}
            options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: L.orgKind(k) }))}
            data-testid="filter-kind"
          />
          <Input.Search
            allowClear
            placeholder={t('orgs.search')}
            style={{ width: 240 }}
            onSearch={(v) => setQ(v.trim())}
            data-testid="filter-search"
          />
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Organization>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={list.isLoading}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="org-table"
          footer={
            list.hasNextPage
              ? () => (
                  <Button size="small" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
                    {t('venues.loadMore')}
                  </Button>
                )
              : undefined
          }
        />
      </Card>
      <OrganizationForm open={!!editing} org={editing?.org ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
