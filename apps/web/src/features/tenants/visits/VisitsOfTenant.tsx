/** A tenant company's visits (shown in its file): each visit with its topics, opinions and the issues' follow-up. */
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { visitsQuery } from './api';
import { IssueList } from './IssueList';
import { SATISFACTION_COLOR, STATE_COLOR } from './labels';

export function VisitsOfTenant({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('tenantVisits');
  const { propertyId, can } = useSession();
  const dt = useDateTime();
  const allowed = can('tenants.visits');
  const q = useInfiniteQuery({ ...visitsQuery(propertyId, { organizationId }, 20), enabled: !!propertyId && allowed });
  if (!allowed) return null;
  const rows = q.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Card size="small" title={t('ofTenant.title')} data-testid="visits-of-tenant">
      {rows.length === 0 && !q.isLoading ? (
        <Empty description={t('ofTenant.empty')} />
      ) : (
        <List
          dataSource={rows}
          renderItem={(v) => (
            <List.Item key={v.id}>
              <div style={{ width: '100%' }}>
                <Space wrap size={4}>
                  <Link to={`/tenants/visits/${v.id}`}>{dt(v.visitedAt ?? v.plannedAt)}</Link>
                  <Tag color={STATE_COLOR[v.state]}>{t(`state.${v.state}`)}</Tag>
                  {v.satisfaction && <Tag color={SATISFACTION_COLOR[v.satisfaction]}>{t(`satisfaction.${v.satisfaction}`)}</Tag>}
                  <Typography.Text type="secondary">{v.visitors.map((p) => p.name).join('、')}</Typography.Text>
                </Space>
                <div style={{ fontSize: 13 }}>{v.topics.join('；')}</div>
                {v.opinions && <Typography.Paragraph style={{ margin: '4px 0', fontSize: 13 }}>{v.opinions}</Typography.Paragraph>}
                {v.issues.length > 0 && <IssueList v={v} />}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
