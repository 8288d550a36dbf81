/** The emergencies pinned until a manager signs them off; one opens the case. */
import { Empty, List, Typography } from 'antd';
import { AlertFilled } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Cockpit } from '@hy/contracts';

export function EmergencyList({ items }: { items: NonNullable<Cockpit['emergencies']> }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emergencies.empty')} />;
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="cockpit-emergencies"
      renderItem={(c) => (
        <List.Item onClick={() => navigate(`/cases/${c.id}`)} style={{ cursor: 'pointer' }}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong type="danger">
              <AlertFilled /> {c.number}
            </Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(c.createdAt).format('MM-DD HH:mm')}
            </Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
              {c.content}
            </Typography.Paragraph>
          </div>
        </List.Item>
      )}
    />
  );
}
