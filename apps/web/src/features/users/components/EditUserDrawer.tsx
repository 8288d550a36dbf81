import { Divider, Drawer } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { userQuery, type OrganizationOption } from '../api';
import type { RoleOption } from '../types';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserProfileForm } from './UserProfileForm';
import { UserRolesEditor } from './UserRolesEditor';

/** One user in a drawer: profile, roles in this property, password reset; the history at the top. */
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
  const { t } = useTranslation(['users', 'common']);
  const { data: user } = useQuery(userQuery(id));
  const current = user && user.id === id ? user : undefined;

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
          <UserProfileForm user={current} orgs={orgs} />
          <Divider />
          <UserRolesEditor user={current} roleOptions={roleOptions} />
          {current.policies.update && (
            <>
              <Divider />
              <ResetPasswordForm user={current} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
