import { useState } from 'react';
import { Alert, App, Button, Col, Divider, Drawer, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role } from '@hy/contracts';
import { Confirm } from '../../../components/Confirm';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { useSession } from '../../../lib/session';
import { roleLabel } from '../../../i18n';
import { useGrantUserRole, useRevokeUserRole, useUpdateUser, userQuery, type OrganizationOption } from '../api';
import type { RoleOption } from '../types';

export function EditUserDrawer({
  id,
  onClose,
  roleOptions,
  orgs,
}: {
  id: string | null;
  onClose(): void;
  roleOptions: RoleOption[];
  orgs: OrganizationOption[];
}) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const { propertyId, me } = useSession();
  const { modal } = App.useApp();
  const [form] = Form.useForm();
  const [pwForm] = Form.useForm();
  const [newRole, setNewRole] = useState<Role | undefined>();

  const { data: user } = useQuery(userQuery(id));
  const current = user && user.id === id ? user : undefined;
  const held = current?.roles.filter((r) => r.propertyId === propertyId).map((r) => r.role) ?? [];

  const update = useUpdateUser({ form, success: t('common:msg.saved') });
  const reset = useUpdateUser({ form: pwForm, success: t('users:resetDone'), onSuccess: () => pwForm.resetFields() });
  const grantRole = useGrantUserRole({ success: t('users:granted'), onSuccess: () => setNewRole(undefined) });
  const revokeRole = useRevokeUserRole({ success: t('users:revoked') });

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !current) return;
    update.mutate({
      id: current.id,
      body: {
        displayName: v.displayName,
        phone: v.phone || null,
        email: v.email || null,
        ...(orgs.length ? { organizationId: v.organizationId ?? null } : {}),
      },
    });
  };

  // Confirm and modal.confirm stay open (loading) until the promise settles; a failure is already shown.
  const resetPassword = async () => {
    const v = await pwForm.validateFields().catch(() => null);
    if (!v || !current) return;
    await reset.mutateAsync({ id: current.id, body: { password: v.password } }).catch(() => undefined);
  };

  const grant = () => {
    if (!newRole || !current || !propertyId) return;
    grantRole.mutate({ id: current.id, grant: { propertyId, role: newRole } });
  };

  const revoke = (role: Role) => {
    if (!current || !propertyId) return;
    modal.confirm({
      title: t('users:revokeConfirm', { role: roleLabel(role, i18n.language) }),
      okText: t('common:action.confirm'),
      cancelText: t('common:action.cancel'),
      okButtonProps: { danger: true },
      onOk: () => revokeRole.mutateAsync({ id: current.id, grant: { propertyId, role } }).catch(() => undefined),
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
              <Button type="primary" loading={update.isPending} onClick={save} data-testid="user-save">
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
                <Confirm title={t('users:resetPassword')} description={t('users:resetHint')} onConfirm={resetPassword}>
                  <Button danger loading={reset.isPending} data-testid="user-reset-password">
                    {t('users:resetPassword')}
                  </Button>
                </Confirm>
              </Form>
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
