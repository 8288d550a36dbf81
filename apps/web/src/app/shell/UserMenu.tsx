import { Avatar, Dropdown, Space, Typography } from 'antd';
import { ApiOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { roleLabel } from '../../i18n';
import { useAccountActions } from './useAccountActions';

/** The signed-in person with their roles; own settings, API documents, sign out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const act = useAccountActions();
  const me = session.me!;
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'account', icon: <SettingOutlined />, label: t('nav.account') },
          { key: 'api', icon: <ApiOutlined />, label: t('nav.apiDocs') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('action.logout') },
        ],
        onClick: (e) => void act(e.key),
      }}
    >
      <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
        <Avatar size="small" style={{ background: '#1677ff' }} icon={<UserOutlined />} />
        <span>{me.displayName}</span>
        {session.roles.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} className="no-print">
            {session.roles
              .slice(0, 2)
              .map((r) => roleLabel(r, i18n.language))
              .join('、')}
            {session.roles.length > 2 ? ' …' : ''}
          </Typography.Text>
        )}
      </Space>
    </Dropdown>
  );
}
