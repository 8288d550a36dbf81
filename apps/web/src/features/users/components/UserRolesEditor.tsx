import { useState } from 'react';
import { App, Button, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Role, UserAccount } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { roleLabel } from '../../../i18n';
import { useGrantUserRole, useRevokeUserRole } from '../api';
import type { RoleOption } from '../types';

/** A user's roles in the current property: grant one more, revoke one (asked first; not one's own admin role). */
export function UserRolesEditor({ user, roleOptions }: { user: UserAccount; roleOptions: RoleOption[] }) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const { propertyId, me } = useSession();
  const { modal } = App.useApp();
  const [newRole, setNewRole] = useState<Role | undefined>();
  const held = user.roles.filter((r) => r.propertyId === propertyId).map((r) => r.role);
  const grantRole = useGrantUserRole({ success: t('users:granted'), onSuccess: () => setNewRole(undefined) });
  const revokeRole = useRevokeUserRole({ success: t('users:revoked') });

  const grant = () => {
    if (!newRole || !propertyId) return;
    grantRole.mutate({ id: user.id, grant: { propertyId, role: newRole } });
  };

  // modal.confirm stays open (loading) until the promise settles; a failure is already shown.
  const revoke = (role: Role) => {
    if (!propertyId) return;
    modal.confirm({
      title: t('users:revokeConfirm', { role: roleLabel(role, i18n.language) }),
      okText: t('common:action.confirm'),
      cancelText: t('common:action.cancel'),
      okButtonProps: { danger: true },
      onOk: () => revokeRole.mutateAsync({ id: user.id, grant: { propertyId, role } }).catch(() => undefined),
    });
  };

  return (
    <>
      <Typography.Title level={5}>{t('users:rolesSection')}</Typography.Title>
      <div style={{ marginBottom: 12, minHeight: 24 }} data-testid="user-role-tags">
        {held.length === 0 && <Typography.Text type="secondary">{t('users:noRoles')}</Typography.Text>}
        {held.map((r) => {
          const locked = user.id === me?.id && r === 'admin';
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
    </>
  );
}
