import { useMemo, useState } from 'react';
import { Layout, Menu, Select, Dropdown, Avatar, Space, Button, Result, Typography } from 'antd';
import {
  GlobalOutlined,
  UserOutlined,
  LogoutOutlined,
  SettingOutlined,
  ApiOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
} from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { PAGES, pageAllowed } from '../routes';
import { setLang, roleLabel, type Lang } from '../../i18n';
import { NotificationBell } from '../../components/NotificationBell';

export function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  // The menu's pages the user may open; the page shown gets them too (the dashboard's quick links).
  const visible = useMemo(() => PAGES.filter((p) => !p.hidden && pageAllowed(p, session)), [session]);
  const items = useMemo(() => {
    const entry = (p: (typeof visible)[number]) => ({ key: p.path, icon: p.icon, label: t(p.labelKey) });
    const top = visible.filter((p) => !p.group).map(entry);
    // Sections in the order staff meet them: meetings, service desk, administration.
    const sections = (['meetings', 'service', 'admin'] as const)
      .map((g) => ({ g, children: visible.filter((p) => p.group === g).map(entry) }))
      .filter((x) => x.children.length)
      .map((x) => ({ type: 'group' as const, key: x.g, label: t(`nav.group.${x.g}`), children: x.children }));
    return [...top, ...sections];
  }, [visible, t]);

  const selected =
    PAGES.map((p) => p.path)
      .filter((p) => p === location.pathname || (p !== '/' && location.pathname.startsWith(p + '/')))
      .sort((a, b) => b.length - a.length)[0] ?? '/';
  const me = session.me!;

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
        <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} onClick={(e) => navigate(e.key)} data-testid="nav" />
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
            {me.properties.length > 0 && (
              <Select
                data-testid="property-switcher"
                value={session.propertyId ?? undefined}
                style={{ minWidth: 180 }}
                onChange={(v) => session.setPropertyId(v)}
                options={me.properties.map((p) => ({ value: p.id, label: p.name }))}
                aria-label={t('shell.switchProperty')}
              />
            )}
          </Space>
          <Space size="middle">
            <NotificationBell />
            <Dropdown
              menu={{
                selectedKeys: [i18n.language],
                items: (['zh-CN', 'en-US'] as Lang[]).map((l) => ({ key: l, label: t(`lang.${l}`) })),
                onClick: (e) => setLang(e.key as Lang),
              }}
            >
              <Button type="text" icon={<GlobalOutlined />} data-testid="lang-switch">
                {t(`lang.${i18n.language}`)}
              </Button>
            </Dropdown>
            <Dropdown
              menu={{
                items: [
                  { key: 'account', icon: <SettingOutlined />, label: t('nav.account') },
                  { key: 'api', icon: <ApiOutlined />, label: t('nav.apiDocs') },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('action.logout') },
                ],
                onClick: async (e) => {
                  if (e.key === 'account') navigate('/account');
                  if (e.key === 'api') window.open('/api/v1/docs', '_blank');
                  if (e.key === 'logout') {
                    await session.signOut();
                    navigate('/login');
                  }
                },
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
          </Space>
        </Layout.Header>
        <Layout.Content className="hy-content">
          {me.properties.length === 0 ? <Result status="info" title={t('shell.noProperty')} /> : <Outlet context={{ pages: visible }} />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
