/** One visit in a list: company, time, state, topics, visitors, issues. */
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TenantVisit } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { SATISFACTION_COLOR, STATE_COLOR } from './labels';

export function VisitCard({ v }: { v: TenantVisit }) {
  const { t } = useTranslation('tenantVisits');
  const dt = useDateTime();
  return (
    <Card size="small" data-testid="visit-card" data-state={v.state} style={{ marginBottom: 8 }}>
      <Link to={`/tenants/visits/${v.id}`} style={{ color: 'inherit', display: 'block' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Text strong>{v.organizationName}</Typography.Text>
          <Tag color={STATE_COLOR[v.state]}>{t(`state.${v.state}`)}</Tag>
        </Space>
        <div style={{ fontSize: 13, color: '#555' }}>
          {dt(v.visitedAt ?? v.plannedAt)}
          {v.unitCode ? ` · ${v.unitCode}` : ''} · {v.contactName}
        </div>
        <div style={{ fontSize: 13 }}>{v.topics.join('；')}</div>
        <Space size={4} wrap style={{ marginTop: 4 }}>
          {v.visitors.map((p) => (
            <Tag key={p.id}>{p.name}</Tag>
          ))}
          {v.satisfaction && <Tag color={SATISFACTION_COLOR[v.satisfaction]}>{t(`satisfaction.${v.satisfaction}`)}</Tag>}
          {v.issues.length > 0 && <Tag color="orange">{t('list.issues', { count: v.issues.length })}</Tag>}
        </Space>
      </Link>
    </Card>
  );
}
