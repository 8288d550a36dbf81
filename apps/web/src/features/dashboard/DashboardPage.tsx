import { useMemo, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { BankOutlined, BellOutlined, CalendarOutlined, RightOutlined, TeamOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useOutletContext } from 'react-router-dom';
import dayjs from 'dayjs';
import type { NotificationItem } from '@hy/contracts';
import { useSession } from '../../lib/session';
import type { Page } from '../../lib/api';
import { roleLabel } from '../../i18n';
import { recentNotificationsQuery } from '../notifications/api';
import { userCountQuery } from '../users/api';
import { calendarDayQuery, venueCountQuery } from './api';

/**
 * What the shell hands the page it shows (app/Shell.tsx, `<Outlet context>`): the menu's pages the
 * user may open. Taken from the shell rather than imported from app/routes, which lazily loads this page.
 */
interface ShellContext {
  pages: { path: string; labelKey: string; icon?: ReactNode }[];
}

/** Today's date (YYYY-MM-DD) in the property's time zone. */
function todayIn(timeZone: string | undefined) {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone || 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    return dayjs().format('YYYY-MM-DD');
  }
}

function greetingKey(hour: number) {
  if (hour < 11) return 'morning';
  if (hour < 13) return 'noon';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

const SEVERITY_COLOR: Record<string, string> = { info: 'blue', warning: 'orange', critical: 'red' };

function StatCard({
  title,
  value,
  icon,
  color,
  to,
  testId,
}: {
  title: string;
  value: ReactNode;
  icon: ReactNode;
  color: string;
  to?: string;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <Card
      hoverable={!!to}
      onClick={() => to && navigate(to)}
      styles={{ body: { padding: 20 } }}
      data-testid={testId}
      style={{ height: '100%' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <div
          style={{
            width: 48,
            height: 48,
            borderRadius: 12,
            background: `${color}1a`,
            color,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 22,
            flex: 'none',
          }}
        >
          {icon}
        </div>
        <Statistic title={title} value={value as number | string} valueStyle={{ fontSize: 26, fontWeight: 600 }} />
      </div>
    </Card>
  );
}

export default function DashboardPage() {
  const { t, i18n } = useTranslation(['dashboard', 'common']);
  const session = useSession();
  const { me, property, propertyId, roles } = session;
  const en = i18n.language === 'en-US';
  const today = todayIn(property?.timeZone);

  const { pages } = useOutletContext<ShellContext>();
  const day = useQuery(calendarDayQuery(propertyId, today));
  const notifications = useQuery(recentNotificationsQuery());
  const venues = useQuery({ ...venueCountQuery(propertyId), enabled: !!propertyId && session.can('places.read') });
  const users = useQuery({
    ...userCountQuery(propertyId),
    enabled: !!propertyId && session.can('users.manage'),
    retry: false,
    staleTime: 60_000,
  });

  const links = useMemo(() => pages.filter((p) => p.path !== '/').slice(0, 12), [pages]);
  const todayRow = day.data?.data[0];
  const dateText = dayjs(today)
    .locale(en ? 'en' : 'zh-cn')
    .format(t('dashboard:dateFormat'));
  const count = (p: Page<unknown> | undefined) => (p ? `${p.data.length}${p.nextCursor ? '+' : ''}` : '—');

  const stats: { key: string; node: ReactNode }[] = [
    {
      key: 'unread',
      node: (
        <StatCard
          testId="stat-unread"
          title={t('dashboard:unread')}
          value={notifications.data?.unread ?? 0}
          icon={<BellOutlined />}
          color="#fa541c"
          to="/notifications"
        />
      ),
    },
    {
      key: 'roles',
      node: (
        <StatCard
          testId="stat-roles"
          title={t('dashboard:myRoles')}
          value={roles.length}
          icon={<SafetyCertificateOutlined />}
          color="#722ed1"
          to="/account"
        />
      ),
    },
  ];
  if (venues.isSuccess)
    stats.push({
      key: 'venues',
      node: (
        <StatCard
          testId="stat-venues"
          title={t('dashboard:venues')}
          value={count(venues.data)}
          icon={<BankOutlined />}
          color="#13c2c2"
          to="/venues"
        />
      ),
    });
  if (users.isSuccess)
    stats.push({
      key: 'users',
      node: (
        <StatCard
          testId="stat-users"
          title={t('dashboard:users')}
          value={count(users.data)}
          icon={<TeamOutlined />}
          color="#1677ff"
          to="/admin/users"
        />
      ),
    });

  const hour =
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: property?.timeZone || 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(
        new Date(),
      ),
    ) % 24;

  return (
    <div data-testid="dashboard">
      {me?.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('dashboard:mustChange')}
          action={
            <Link to="/account">
              <Button size="small" type="primary">
                {t('dashboard:changeNow')}
              </Button>
            </Link>
          }
        />
      )}
      <Card
        style={{ marginBottom: 16, background: 'linear-gradient(120deg, #e8f1ff 0%, #ffffff 70%)' }}
        styles={{ body: { padding: '20px 24px' } }}
      >
        <Row gutter={[16, 12]} align="middle" justify="space-between">
          <Col xs={24} lg={15}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="greeting">
              {t(`dashboard:greeting.${greetingKey(hour)}`, { name: me?.displayName })}
            </Typography.Title>
            <div style={{ marginTop: 10 }}>
              <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                {property ? t('dashboard:rolesIn', { property: property.name }) : ''}
              </Typography.Text>
              {roles.length ? (
                <Space size={[0, 6]} wrap style={{ display: 'inline-flex' }}>
                  {roles.map((r) => (
                    <Tag key={r} color={r === 'admin' ? 'gold' : 'geekblue'}>
                      {roleLabel(r, i18n.language)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('dashboard:noRoles')}</Typography.Text>
              )}
            </div>
          </Col>
          <Col xs={24} lg={9} style={{ textAlign: 'right' }}>
            <Space direction="vertical" size={6} align="end" style={{ width: '100%' }}>
              <Typography.Text style={{ fontSize: 16 }} data-testid="today">
                <CalendarOutlined style={{ marginRight: 6, color: '#1677ff' }} />
                {t('dashboard:today', { date: dateText })}
              </Typography.Text>
              {todayRow ? (
                <Space size={4}>
                  <Tag color={todayRow.working ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }} data-testid="day-kind">
                    {t(`dashboard:day.${todayRow.kind}`)}
                  </Tag>
                  {todayRow.name && <Tag color="red">{todayRow.name}</Tag>}
                </Space>
              ) : day.isError ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('dashboard:day.unknown')}
                </Typography.Text>
              ) : null}
            </Space>
          </Col>
        </Row>
      </Card>

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={24} sm={12} xl={Math.max(6, Math.floor(24 / stats.length))}>
            {s.node}
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('dashboard:quickLinks')} style={{ height: '100%' }}>
            <Row gutter={[12, 12]}>
              {links.map((p) => {
                const key = p.labelKey.replace(/^nav\./, '').replace(/[:.]/g, '_');
                return (
                  <Col key={p.path} xs={24} sm={12} lg={8}>
                    <Link to={p.path} data-testid={`quick-${key}`}>
                      <Card size="small" hoverable styles={{ body: { padding: '12px 14px' } }} style={{ height: '100%' }}>
                        <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
                          <span style={{ fontSize: 20, color: '#1677ff', lineHeight: '22px' }}>{p.icon}</span>
                          <div style={{ minWidth: 0 }}>
                            <Typography.Text strong>{t(p.labelKey.includes(':') ? p.labelKey : `common:${p.labelKey}`)}</Typography.Text>
                            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                              {t(`dashboard:desc.${key}`)}
                            </Typography.Paragraph>
                          </div>
                        </div>
                      </Card>
                    </Link>
                  </Col>
                );
              })}
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('dashboard:recent')}
            extra={
              <Link to="/notifications">
                {t('dashboard:viewAll')} <RightOutlined />
              </Link>
            }
            style={{ height: '100%' }}
          >
            {(notifications.data?.data.length ?? 0) === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard:noNotifications')} />
            ) : (
              <List<NotificationItem>
                size="small"
                dataSource={notifications.data!.data.slice(0, 5)}
                renderItem={(n) => (
                  <List.Item style={{ opacity: n.readAt ? 0.65 : 1, paddingInline: 0 }}>
                    <List.Item.Meta
                      title={
                        <Space size={6}>
                          <Tag color={SEVERITY_COLOR[n.severity] ?? 'default'} style={{ marginInlineEnd: 0 }}>
                            {t(`notifications:severity.${n.severity}`, { defaultValue: n.severity })}
                          </Tag>
                          {n.link ? <Link to={n.link}>{n.title}</Link> : <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                        </Space>
                      }
                      description={
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {dayjs(n.createdAt).format('MM-DD HH:mm')}
                        </Typography.Text>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
