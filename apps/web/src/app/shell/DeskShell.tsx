import { useState } from 'react';
import { Layout, Menu, Space, Button, Result } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Outlet, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { NotificationBell } from '../../components/NotificationBell';
import { useNav } from './useNav';
import { LanguageSwitch } from './LanguageSwitch';
import { PropertySwitcher } from './PropertySwitcher';
import { UserMenu } from './UserMenu';

/** The desk and tablet layout: the menu at the side, the header with property, bell, language and the user. */
export function DeskShell() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const nav = useNav();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={220}
        collapsible
        collapsed={collapsed}
        trigger={null}
        breakpoint="lg"
        onBreakpoint={(b) => setCollapsed(b)}
        theme="dark"
      >
        <div className="hy-logo" title={t('appName')}>
          <span className="hy-logo-mark">会</span>
          {!collapsed && <span>{t('appShort')}</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[nav.selected]}
          items={nav.items}
          onClick={(e) => navigate(e.key)}
          data-testid="nav"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="hy-header">
          <Space size="middle">
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!collapsed)}
              aria-label="menu"
            />
            <PropertySwitcher />
          </Space>
          <Space size="middle">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </Layout.Header>
        <Layout.Content className="hy-content">
          {session.me!.properties.length === 0 ? (
            <Result status="info" title={t('shell.noProperty')} />
          ) : (
            <Outlet context={{ pages: nav.visible }} />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
