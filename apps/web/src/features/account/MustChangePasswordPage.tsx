import { Button, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { ChangePasswordCard } from './ChangePasswordCard';
import { MustChangeAlert } from './MustChangeAlert';

/**
 * All a session may do while its password must be changed (the server refuses everything else):
 * change it, or sign out. Fits a phone.
 */
export default function MustChangePasswordPage() {
  const { t } = useTranslation(['account', 'common']);
  const session = useSession();
  return (
    <div className="hy-login" data-testid="must-change-page">
      <div style={{ width: '100%', maxWidth: 440, padding: 16 }}>
        <Typography.Title level={4} style={{ textAlign: 'center' }}>
          {session.me?.displayName}
        </Typography.Title>
        <MustChangeAlert />
        <ChangePasswordCard />
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button icon={<LogoutOutlined />} onClick={() => session.signOut()} data-testid="must-change-logout">
            {t('common:action.logout')}
          </Button>
        </div>
      </div>
    </div>
  );
}
