import { useState } from 'react';
import { Button, Divider, Drawer, Menu, Result, Space, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined, SettingOutlined } from '@ant-design/icons';
import { Outlet, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { roleLabel } from '../../i18n';
import { NotificationBell } from '../../components/NotificationBell';
import { useNav } from './useNav';
import { LanguageSwitch } from './LanguageSwitch';
import { PropertySwitcher } from './PropertySwitcher';
import { BottomTabs } from './BottomTabs';
import { useAccountActions } from './useAccountActions';

/** The phone layout (≤ 767 px): a slim header, the page, a bottom bar; the whole menu in a drawer. */
export function PhoneShell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const act = useAccountActions();
  const nav = useNav();
  const [open, setOpen] = useState(false);
  const me = session.me!;
  return (
    <div className="hy-phone">
      <header className="hy-phone-header no-print">
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={() => setOpen(true)}
          aria-label={t('shell.menu')}
          data-testid="phone-menu"
          className="hy-tap"
        />
        <Typography.Text strong ellipsis className="hy-phone-title">
          {nav.title}
        </Typography.Text>
        <Space size={0}>
          <LanguageSwitch compact />
          <NotificationBell />
        </Space>
      </header>
      <main className="hy-phone-content">
        {me.properties.length === 0 ? <Result status="info" title={t('shell.noProperty')} /> : <Outlet context={{ pages: nav.visible }} />}
      </main>
      <BottomTabs tabs={nav.tabs} selected={nav.selected} onMore={() => setOpen(true)} />
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        width="min(320px, 86vw)"
        title={
          <div>
            <div>{me.displayName}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {session.roles.map((r) => roleLabel(r, i18n.language)).join('、')}
            </Typography.Text>
          </div>
        }
        styles={{ body: { padding: 0 } }}
        data-testid="phone-drawer"
      >
        <div style={{ padding: 12 }}>
          <PropertySwitcher block />
        </div>
        <Menu
          mode="inline"
          selectedKeys={[nav.selected]}
          items={nav.items}
          onClick={(e) => {
            setOpen(false);
            navigate(e.key);
          }}
          data-testid="nav"
          className="hy-phone-menu"
        />
        <Divider style={{ margin: '8px 0' }} />
        <Space direction="vertical" style={{ width: '100%', padding: '0 12px 16px' }}>
          <Button block size="large" icon={<SettingOutlined />} onClick={() => (setOpen(false), void act('account'))}>
            {t('nav.account')}
          </Button>
          <Button block size="large" danger icon={<LogoutOutlined />} onClick={() => void act('logout')} data-testid="phone-logout">
            {t('action.logout')}
          </Button>
        </Space>
      </Drawer>
    </div>
  );
}
