/** The tenant's own cases, newest first; a click opens one. */
import { Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { portalCasesQuery } from '../api';
import { useCaseLabels } from '../labels';
import { CaseStatusTag } from '../status/CaseStatusTag';

export function MyCasesCard({ onOpen }: { onOpen(caseId: string): void }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const { propertyId } = useSession();
  const mine = useQuery(portalCasesQuery(propertyId));
  return (
    <Card title={t('portal.myCases')} size="small">
      {mine.isLoading ? (
        <Spin />
      ) : !mine.data?.data.length ? (
        <Empty description={t('portal.noCases')} />
      ) : (
        <List
          dataSource={mine.data.data}
          data-testid="portal-cases"
          renderItem={(c) => (
            <List.Item
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(c.id)}
              data-testid="portal-case"
              data-number={c.number}
              extra={<CaseStatusTag status={c.status} />}
            >
              <List.Item.Meta
                title={
                  <Space size={6}>
                    <span>{c.number}</span>
                    <Tag style={{ marginInlineEnd: 0 }}>{L.kind(c.kind)}</Tag>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                      {c.content}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
