import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import type { NotificationItem } from '@hy/contracts';
import { recentNotificationsQuery } from '../notifications/api';
import { useNotificationText } from '../../lib/useNotificationText';

const SEVERITY_COLOR: Record<string, string> = { info: 'blue', warning: 'orange', critical: 'red' };

/** The five latest notifications (read ones dimmed), and a link to all of them. */
export function RecentNotificationsCard() {
  const { t } = useTranslation(['dashboard', 'notifications']);
  const notifications = useQuery(recentNotificationsQuery());
  const say = useNotificationText();
  return (
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
                    {n.link ? (
                      <Link to={n.link}>{say(n).title}</Link>
                    ) : (
                      <Typography.Text strong={!n.readAt}>{say(n).title}</Typography.Text>
                    )}
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
  );
}
