import { useMemo, useState } from 'react';
import { Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { CheckOutlined, RightOutlined, WifiOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { notificationPagesQuery, useMarkNotificationsRead, type NotificationFilter } from './api';
import { useNotificationText } from '../../lib/useNotificationText';
import { useDateTime } from '../../lib/format';

const SEVERITY_COLOR: Record<NotificationItem['severity'], string> = { info: 'blue', warning: 'orange', critical: 'red' };

export default function NotificationsPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const navigate = useNavigate();
  const [filter, setFilter] = useState<NotificationFilter>('all');
  const say = useNotificationText();
  const dateTime = useDateTime();

  // Under notificationKeys.all: the bell invalidates that prefix on every pushed notification.
  const list = useInfiniteQuery(notificationPagesQuery(filter));
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const unread = list.data?.pages[0]?.unread ?? 0;

  const mark = useMarkNotificationsRead({ success: (_, body) => (body.all ? t('notifications:markedAll') : undefined) });
  // A failed mark is already shown; the notification still opens.
  const markRead = (body: { ids: string[] } | { all: true }) => mark.mutateAsync(body).catch(() => undefined);

  const open = async (n: NotificationItem) => {
    if (!n.readAt) await markRead({ ids: [n.id] });
    if (n.link) navigate(n.link);
  };

  return (
    <>
      <PageHeader
        title={
          <Space>
            {t('notifications:title')}
            {unread > 0 && <Badge count={unread} />}
          </Space>
        }
        extra={
          <Button icon={<CheckOutlined />} disabled={unread === 0} onClick={() => markRead({ all: true })} data-testid="notify-read-all">
            {t('notifications:markAllRead')}
          </Button>
        }
      />
      <Card
        title={
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as NotificationFilter)}
            data-testid="notify-filter"
            options={[
              { value: 'all', label: t('notifications:all') },
              { value: 'unread', label: `${t('notifications:unread')}${unread ? ` (${unread})` : ''}` },
            ]}
          />
        }
        extra={
          <Typography.Text type="secondary">
            <WifiOutlined /> {t('notifications:live')}
          </Typography.Text>
        }
        styles={{ body: { paddingTop: 4 } }}
      >
        <List<NotificationItem>
          data-testid="notification-list"
          loading={list.isLoading}
          dataSource={items}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filter === 'unread' ? t('notifications:emptyUnread') : t('notifications:empty')}
              />
            ),
          }}
          renderItem={(n) => {
            const text = say(n);
            return (
              <List.Item
                data-testid="notification-item"
                style={{
                  cursor: n.link ? 'pointer' : 'default',
                  background: n.readAt ? undefined : '#f0f7ff',
                  padding: '12px 12px',
                  borderRadius: 6,
                  marginTop: 4,
                }}
                onClick={() => open(n)}
                actions={[
                  !n.readAt && (
                    <Button
                      key="r"
                      size="small"
                      type="link"
                      onClick={(e) => {
                        e.stopPropagation();
                        void markRead({ ids: [n.id] });
                      }}
                      data-testid="notification-read"
                    >
                      {t('notifications:markRead')}
                    </Button>
                  ),
                  n.link && (
                    <Button key="o" size="small" type="link" icon={<RightOutlined />} iconPosition="end">
                      {t('notifications:open')}
                    </Button>
                  ),
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  avatar={
                    <Badge dot={!n.readAt} offset={[-2, 2]}>
                      <Tag
                        color={SEVERITY_COLOR[n.severity] ?? 'default'}
                        style={{ marginInlineEnd: 0, minWidth: 48, textAlign: 'center' }}
                      >
                        {t(`notifications:severity.${n.severity}`, { defaultValue: n.severity })}
                      </Tag>
                    </Badge>
                  }
                  title={<Typography.Text strong={!n.readAt}>{text.title}</Typography.Text>}
                  description={
                    <>
                      {text.body && <div style={{ color: 'rgba(0,0,0,0.65)', whiteSpace: 'pre-line' }}>{text.body}</div>}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {dateTime(n.createdAt)}
                      </Typography.Text>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
        {list.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('notifications:loadMore')}
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
