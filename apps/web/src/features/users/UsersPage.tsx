import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Drawer,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, EditOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { useSession } from '../../lib/session';
import { api, qs, ApiError, type Page } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { roleLabel } from '../../i18n';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  organizationId: string | null;
  unitId: string | null;
  locale: string;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  roles: { propertyId: string; role: Role }[];
  /** update: profile, password and status are the asking admin's to change (false when the account also belongs to a property they do not administer). */
  policies: { update: boolean; roles: boolean };
}
interface OrgRow {
  id: string;
  name: string;
  shortName?: string | null;
}

/** Field errors on nested paths (roles.0.role) belong to the multi-select as a whole. */
function showProblem(err: unknown, form: FormInstance, fallback: string) {
  const msg = applyProblem(err, form, fallback);
  if (err instanceof ApiError) {
    const nested = (err.problem.fields ?? []).find((f) => f.path.startsWith('roles.'));
    if (nested) form.setFields([{ name: 'roles', errors: [nested.message] }]);
  }
  return msg;
}

function useOrganizations(propertyId: string | null) {
  // The organizations endpoint belongs to the places domain; the page works without it.
  const { data } = useQuery({
    queryKey: ['organizations', propertyId, 'all'],
    queryFn: () => api.get<Page<OrgRow>>(`/organizations${qs({ propertyId, limit: 200 })}`),
    enabled: !!propertyId,
    retry: false,
    staleTime: 60_000,
  });
  return data?.data ?? [];
}

export default function UsersPage() {
  const { t, i18n } = useTranslation(['users', 'common']);
  const { propertyId, property, me } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const orgs = useOrganizations(propertyId);
  const orgName = useMemo(() => new Map(orgs.map((o) => [o.id, o.name])), [orgs]);
  const roleOptions = useMemo(() => ROLES.map((r) => ({ value: r, label: roleLabel(r, i18n.language) })), [i18n.language]);

  const list = useInfiniteQuery({
    queryKey: ['users', propertyId, q, role],
    queryFn: ({ pageParam }) => api.get<Page<UserRow>>(`/users${qs({ propertyId, q, role, limit: 100, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.nextCursor ?? undefined,
    enabled: !!propertyId,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const toggle = async (u: UserRow) => {
    try {
      await api.patch(`/users/${u.id}`, { disabled: !u.disabled });
      message.success(u.disabled ? t('users:enabledDone') : t('users:disabledDone'));
      void qc.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      message.error(applyProblem(err, undefined, t('common:error.generic')));
    }
  };

  const columns: ColumnsType<UserRow> = [
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
          <Popconfirm
            title={u.disabled ? t('users:enableConfirm', { name: u.displayName }) : t('users:disableConfirm', { name: u.displayName })}
            onConfirm={() => toggle(u)}
            okText={t('common:action.confirm')}
            cancelText={t('common:action.cancel')}
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
          </Popconfirm>
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
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} align="middle">
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
          <Col flex="auto" style={{ textAlign: 'right' }}>
            <Typography.Text type="secondary">{property ? t('users:subtitle', { property: property.name }) : ''}</Typography.Text>
          </Col>
        </Row>
        <Table<UserRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isLoading}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="user-table"
          onRow={(u) => ({ style: u.disabled ? { color: '#999' } : undefined })}
          locale={{ emptyText: <Empty description={t('common:msg.noData')} /> }}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 0 4px' }}>
          <Typography.Text type="secondary">{t('users:total', { count: rows.length })}</Typography.Text>
          {list.hasNextPage && (
            <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('users:loadMore')}
            </Button>
          )}
        </div>
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} roleOptions={roleOptions} orgs={orgs} />
      <EditUserDrawer id={editingId} onClose={() => setEditingId(null)} roleOptions={roleOptions} orgs={orgs} />
    </>
  );
}

type RoleOption = { value: Role; label: string };

function CreateUserModal({
  open,
  onClose,
  roleOptions,
  orgs,
}: {
  open: boolean;
  onClose(): void;
  roleOptions: RoleOption[];
  orgs: OrgRow[];
}) {
  const { t } = useTranslation(['users', 'common']);
  const { propertyId, property } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      await api.post('/users', {
        username: v.username,
        displayName: v.displayName,
        password: v.password,
        phone: v.phone || null,
        email: v.email || null,
        organizationId: v.organizationId ?? null,
        roles: (v.roles as Role[]).map((role) => ({ propertyId, role })),
      });
      message.success(t('common:msg.created'));
      void qc.invalidateQueries({ queryKey: ['users'] });
      form.resetFields();
      onClose();
    } catch (err) {
      message.error(showProblem(err, form, t('common:error.generic')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('users:createTitle')}
      onCancel={onClose}
      width={640}
      style={{ top: 40 }}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="c" onClick={onClose}>
          {t('common:action.cancel')}
        </Button>,
        <Button key="s" type="primary" loading={saving} onClick={submit} data-testid="user-save">
          {t('common:action.save')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ roles: [] }} requiredMark>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('common:field.username')}
              extra={t('users:usernameRule')}
              rules={[
                { required: true, message: t('users:required', { field: t('common:field.username') }) },
                { pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('users:usernameRule') },
              ]}
            >
              <Input autoComplete="off" data-testid="user-username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="displayName"
              label={t('common:field.displayName')}
              rules={[{ required: true, whitespace: true, message: t('users:required', { field: t('common:field.displayName') }) }]}
            >
              <Input maxLength={64} data-testid="user-displayName" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="password"
          label={t('users:initialPassword')}
          extra={t('users:passwordRule')}
          rules={[{ required: true, message: t('users:required', { field: t('users:initialPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('common:field.phone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('common:field.email')} rules={[{ type: 'email', message: t('users:emailInvalid') }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="roles"
          label={t('common:field.roles')}
          extra={t('users:rolesHint', { property: property?.name ?? '' })}
          rules={[{ required: true, type: 'array', min: 1, message: t('users:rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} optionFilterProp="label" allowClear data-testid="user-roles" />
        </Form.Item>
        {orgs.length > 0 && (
          <Form.Item name="organizationId" label={t('common:field.organization')} extra={t('users:organizationHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function EditUserDrawer({
  id,
  onClose,
  roleOptions,
  orgs,
}: {
  id: string | null;
  onClose(): void;
  roleOptions: RoleOption[];
  orgs: OrgRow[];
}) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const { propertyId, me } = useSession();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [pwForm] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [newRole, setNewRole] = useState<Role | undefined>();

  const { data: user } = useQuery({
    queryKey: ['users', 'one', id],
    queryFn: () => api.get<UserRow>(`/users/${id}`),
    enabled: !!id,
  });
  const current = user && user.id === id ? user : undefined;
  const held = current?.roles.filter((r) => r.propertyId === propertyId).map((r) => r.role) ?? [];

  const refresh = () => qc.invalidateQueries({ queryKey: ['users'] });

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      await api.patch(`/users/${id}`, {
        displayName: v.displayName,
        phone: v.phone || null,
        email: v.email || null,
        ...(orgs.length ? { organizationId: v.organizationId ?? null } : {}),
      });
      message.success(t('common:msg.saved'));
      void refresh();
    } catch (err) {
      message.error(applyProblem(err, form, t('common:error.generic')));
    } finally {
      setSaving(false);
    }
  };

  const resetPassword = async () => {
    const v = await pwForm.validateFields().catch(() => null);
    if (!v) return;
    setResetting(true);
    try {
      await api.patch(`/users/${id}`, { password: v.password });
      message.success(t('users:resetDone'));
      pwForm.resetFields();
      void refresh();
    } catch (err) {
      message.error(applyProblem(err, pwForm, t('common:error.generic')));
    } finally {
      setResetting(false);
    }
  };

  const grant = async () => {
    if (!newRole) return;
    try {
      await api.post(`/users/${id}/roles`, { propertyId, role: newRole });
      message.success(t('users:granted'));
      setNewRole(undefined);
      void refresh();
    } catch (err) {
      message.error(applyProblem(err, undefined, t('common:error.generic')));
    }
  };

  const revoke = (role: Role) => {
    modal.confirm({
      title: t('users:revokeConfirm', { role: roleLabel(role, i18n.language) }),
      okText: t('common:action.confirm'),
      cancelText: t('common:action.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await api.del(`/users/${id}/roles`, { propertyId, role });
          message.success(t('users:revoked'));
          void refresh();
        } catch (err) {
          message.error(applyProblem(err, undefined, t('common:error.generic')));
        }
      },
    });
  };

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={540}
      destroyOnHidden
      title={current ? t('users:editTitle', { name: current.displayName }) : t('common:action.edit')}
      extra={current && <HistoryDrawer entityType="user" entityId={current.id} title={current.displayName} />}
    >
      {current && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('users:profile')}
          </Typography.Title>
          {!current.policies.update && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('users:managedElsewhere')}
              data-testid="user-managed-elsewhere"
            />
          )}
          <Form
            form={form}
            layout="vertical"
            disabled={!current.policies.update}
            initialValues={{
              displayName: current.displayName,
              phone: current.phone ?? '',
              email: current.email ?? '',
              organizationId: current.organizationId ?? undefined,
            }}
            key={current.id}
          >
            <Form.Item label={t('common:field.username')}>
              <Input value={current.username} disabled />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('common:field.displayName')}
              rules={[{ required: true, whitespace: true, message: t('users:required', { field: t('common:field.displayName') }) }]}
            >
              <Input maxLength={64} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="phone" label={t('common:field.phone')}>
                  <Input maxLength={30} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="email" label={t('common:field.email')} rules={[{ type: 'email', message: t('users:emailInvalid') }]}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
            {orgs.length > 0 && (
              <Form.Item name="organizationId" label={t('common:field.organization')}>
                <Select allowClear showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
              </Form.Item>
            )}
            {current.policies.update && (
              <Button type="primary" loading={saving} onClick={save} data-testid="user-save">
                {t('common:action.save')}
              </Button>
            )}
          </Form>

          <Divider />
          <Typography.Title level={5}>{t('users:rolesSection')}</Typography.Title>
          <div style={{ marginBottom: 12, minHeight: 24 }} data-testid="user-role-tags">
            {held.length === 0 && <Typography.Text type="secondary">{t('users:noRoles')}</Typography.Text>}
            {held.map((r) => {
              const locked = current.id === me?.id && r === 'admin';
              return (
                <Tag
                  key={r}
                  color={r === 'admin' ? 'gold' : 'geekblue'}
                  closable={!locked}
                  style={{ marginBottom: 6 }}
                  onClose={(e) => {
                    e.preventDefault();
                    revoke(r);
                  }}
                >
                  {roleLabel(r, i18n.language)}
                </Tag>
              );
            })}
          </div>
          <Space.Compact style={{ width: '100%' }}>
            <Select
              style={{ flex: 1 }}
              placeholder={t('users:chooseRole')}
              value={newRole}
              onChange={setNewRole}
              showSearch
              optionFilterProp="label"
              options={roleOptions.filter((o) => !held.includes(o.value))}
              data-testid="user-role-select"
            />
            <Button type="primary" ghost icon={<PlusOutlined />} disabled={!newRole} onClick={grant} data-testid="user-role-grant">
              {t('users:grant')}
            </Button>
          </Space.Compact>

          {current.policies.update && (
            <>
              <Divider />
              <Typography.Title level={5}>{t('users:resetPassword')}</Typography.Title>
              <Typography.Paragraph type="secondary">{t('users:resetHint')}</Typography.Paragraph>
              <Form form={pwForm} layout="vertical">
                <Form.Item
                  name="password"
                  label={t('common:field.newPassword')}
                  extra={t('users:passwordRule')}
                  rules={[{ required: true, message: t('users:required', { field: t('common:field.newPassword') }) }]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
                <Popconfirm
                  title={t('users:resetPassword')}
                  description={t('users:resetHint')}
                  onConfirm={resetPassword}
                  okText={t('common:action.confirm')}
                  cancelText={t('common:action.cancel')}
                >
                  <Button danger loading={resetting} data-testid="user-reset-password">
                    {t('users:resetPassword')}
                  </Button>
                </Popconfirm>
              </Form>
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
