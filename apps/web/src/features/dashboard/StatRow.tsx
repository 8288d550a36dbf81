import type { ReactNode } from 'react';
import { Col, Row } from 'antd';
import { BankOutlined, BellOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import type { Page } from '../../lib/api';
import { recentNotificationsQuery } from '../notifications/api';
import { userCountQuery } from '../users/api';
import { venueCountQuery } from './api';
import { StatCard } from './StatCard';

/** A first page's length, "+" when there are more. */
const count = (p: Page<unknown> | undefined) => (p ? `${p.data.length}${p.nextCursor ? '+' : ''}` : '—');

/** The dashboard's numbers: unread messages, my roles, and (for who may see them) venues and users. */
export function StatRow() {
  const { t } = useTranslation('dashboard');
  const session = useSession();
  const { propertyId, roles } = session;
  const notifications = useQuery(recentNotificationsQuery());
  const venues = useQuery({ ...venueCountQuery(propertyId), enabled: !!propertyId && session.can('places.read') });
  const users = useQuery({
    ...userCountQuery(propertyId),
    enabled: !!propertyId && session.can('users.manage'),
    retry: false,
    staleTime: 60_000,
  });

  const stats: { id: string; shown: boolean; title: string; value: ReactNode; icon: ReactNode; color: string; to: string }[] = [
    {
      id: 'unread',
      shown: true,
      title: t('unread'),
      value: notifications.data?.unread ?? 0,
      icon: <BellOutlined />,
      color: '#fa541c',
      to: '/notifications',
    },
    {
      id: 'roles',
      shown: true,
      title: t('myRoles'),
      value: roles.length,
      icon: <SafetyCertificateOutlined />,
      color: '#722ed1',
      to: '/account',
    },
    {
      id: 'venues',
      shown: venues.isSuccess,
      title: t('venues'),
      value: count(venues.data),
      icon: <BankOutlined />,
      color: '#13c2c2',
      to: '/venues',
    },
    {
      id: 'users',
      shown: users.isSuccess,
      title: t('users'),
      value: count(users.data),
      icon: <TeamOutlined />,
      color: '#1677ff',
      to: '/admin/users',
    },
  ].filter((s) => s.shown);

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {stats.map((s) => (
        <Col key={s.id} xs={24} sm={12} xl={Math.max(6, Math.floor(24 / stats.length))}>
          <StatCard testId={`stat-${s.id}`} title={s.title} value={s.value} icon={s.icon} color={s.color} to={s.to} />
        </Col>
      ))}
    </Row>
  );
}
