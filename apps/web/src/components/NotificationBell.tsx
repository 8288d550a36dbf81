import { Badge, Button, Popover, List, Typography, Empty, App } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { useLiveStream } from '../lib/live';
import { notificationKeys, recentNotificationsQuery, useMarkNotificationsRead } from '../features/notifications/api';
import { useNotificationText } from '../lib/useNotificationText';

/** The live bell: unread count and latest items, refreshed by Server-Sent Events. */
export function NotificationBell() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const { data } = useQuery({ ...recentNotificationsQuery(), refetchInterval: 120_000 });
  const markAll = useMarkNotificationsRead();
  const say = useNotificationText();

  useLiveStream((d) => {
    const text = say(d);
    notification.open({
      message: text.title,
      description: text.body,
      type: d.severity === 'critical' ? 'error' : d.severity === 'warning' ? 'warning' : 'info',
      placement: 'bottomRight',
    });
    void qc.invalidateQueries({ queryKey: notificationKeys.all });
  });

  const items = data?.data ?? [];
  const content = (
    <div style={{ width: 340 }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notify.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              data-testid="bell-item"
              style={{ cursor: n.link ? 'pointer' : 'default', opacity: n.readAt ? 0.6 : 1 }}
              onClick={() => n.link && navigate(n.link)}
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt} type={n.severity === 'critical' ? 'danger' : undefined}>
                    {say(n).title}
                  </Typography.Text>
                }
                description={
                  <>
                    <div style={{ whiteSpace: 'pre-line' }}>{say(n).body}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(n.createdAt).format('MM-DD HH:mm')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
        <Button size="small" type="link" onClick={() => markAll.mutate({ all: true })}>
          {t('action.markAllRead')}
        </Button>
        <Button size="small" type="link" onClick={() => navigate('/notifications')}>
          {t('notify.viewAll')}
        </Button>
      </div>
    </div>
  );
  return (
    <Popover content={content} title={t('notify.title')} trigger="click" placement="bottomRight">
      <Badge count={data?.unread ?? 0} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={t('notify.title')} data-testid="bell" />
      </Badge>
    </Popover>
  );
}
