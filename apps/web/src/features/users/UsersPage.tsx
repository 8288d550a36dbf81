import { useMemo, useState } from 'react';
import { Button, Card, Col, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, EditOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type UserAccount } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { Confirm } from '../../components/Confirm';
import { FilterBar } from '../../components/FilterBar';
import { PagedTable } from '../../components/PagedTable';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { useSession } from '../../lib/session';
import { roleLabel } from '../../i18n';
import { organizationOptionsQuery, usersQuery, useUpdateUser } from './api';
import { CreateUserModal } from './components/CreateUserModal';
import { EditUserDrawer } from './components/EditUserDrawer';

export default function UsersPage() {
  const { t, i18n } = useTranslation(['users', 'common']);
  const { propertyId, property, me } = useSession();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // The organizations endpoint belongs to the places domain; the page works without it.
  const orgList = useQuery(organizationOptionsQuery(propertyId)).data;
  const orgs = useMemo(() => orgList?.data ?? [], [orgList]);
  const orgName = useMemo(() => new Map(orgs.map((o) => [o.id, o.name])), [orgs]);
  const roleOptions = useMemo(() => ROLES.map((r) => ({ value: r, label: roleLabel(r, i18n.language) })), [i18n.language]);

  const list = useInfiniteQuery(usersQuery(propertyId, { q, role }));
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const setDisabled = useUpdateUser({ success: (_, v) => (v.body.disabled ? t('users:disabledDone') : t('users:enabledDone')) });
  // The confirmation stays open (loading) until the promise settles; a failure is already shown.
  const toggle = (u: UserAccount) => setDisabled.mutateAsync({ id: u.id, body: { disabled: !u.disabled } }).catch(() => undefined);

  const columns: ColumnsType<UserAccount> = [
    {
      title: t('common:field.username'),
      dataIndex: 'username',
      width: 140,
      ellipsis: true,
      render: (v: string, u) => (
        <Space size={4}>
          <Typography.Text strong>{v}</Typography.Text>
          {u.id === me?.id && <Tag color="blue">{t('users:self')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('common:field.displayName'),
      dataIndex: 'displayName',
      width: 130,
      ellipsis: true,
      render: (v: string, u) => (
        <div style={{ lineHeight: 1.35 }}>
          <div>{v}</div>
          {u.phone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.phone}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('common:field.roles'),
      key: 'roles',
      render: (_, u) => {
        const mine = u.roles.filter((r) => r.propertyId === propertyId);
        return mine.length ? (
          <Space size={[0, 4]} wrap>
            {mine.map((r) => (
              <Tag key={r.role} style={{ whiteSpace: 'normal' }} color={r.role === 'admin' ? 'gold' : 'geekblue'}>
                {roleLabel(r.role, i18n.language)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('users:noRoles')}</Typography.Text>
        );
      },
    },
    {
      title: t('common:field.organization'),
      dataIndex: 'organizationId',
      width: 150,
      ellipsis: true,
      render: (v: string | null) => (v ? (orgName.get(v) ?? '—') : '—'),
    },
    {
      title: t('common:field.status'),
      dataIndex: 'disabled',
      width: 110,
      render: (d: boolean, u) => (
        <Space size={[0, 4]} wrap>
          {d ? <Tag>{t('common:status.disabled')}</Tag> : <Tag color="green">{t('common:status.enabled')}</Tag>}
          {u.mustChangePassword && !d && <Tag color="orange">{t('users:mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('common:field.actions'),
      key: 'actions',
      width: 285,
      fixed: 'right',
      render: (_, u) => (
        <Space size={4} wrap={false}>
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditingId(u.id)} data-testid="user-edit">
            {t('common:action.edit')}
          </Button>
          <HistoryDrawer entityType="user" entityId={u.id} title={`${u.displayName}（${u.username}）`} />
          <Confirm
            title={u.disabled ? t('users:enableConfirm', { name: u.displayName }) : t('users:disableConfirm', { name: u.displayName })}
            onConfirm={() => toggle(u)}
            disabled={u.id === me?.id || !u.policies.update}
          >
            <Button
              size="small"
              type="link"
              danger={!u.disabled}
              disabled={u.id === me?.id || !u.policies.update}
              icon={u.disabled ? <CheckCircleOutlined /> : <StopOutlined />}
              data-testid="user-toggle"
            >
              {u.disabled ? t('common:action.enable') : t('common:action.disable')}
            </Button>
          </Confirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users:title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('users:create')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <FilterBar note={property ? t('users:subtitle', { property: property.name }) : ''}>
          <Col flex="320px">
            <Input.Search
              allowClear
              placeholder={t('users:searchPlaceholder')}
              onSearch={(v) => setQ(v.trim())}
              data-testid="user-search"
              enterButton
            />
          </Col>
          <Col flex="240px">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: '100%' }}
              placeholder={t('users:roleFilter')}
              value={role}
              onChange={setRole}
              options={roleOptions}
            />
          </Col>
        </FilterBar>
        <PagedTable<UserAccount>
          list={list}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 1000 }}
          data-testid="user-table"
          onRow={(u) => ({ style: u.disabled ? { color: '#999' } : undefined })}
          empty={t('common:msg.noData')}
          total={t('users:total', { count: rows.length })}
          loadMore={t('users:loadMore')}
        />
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} roleOptions={roleOptions} orgs={orgs} />
      <EditUserDrawer id={editingId} onClose={() => setEditingId(null)} roleOptions={roleOptions} orgs={orgs} />
    </>
  );
}
