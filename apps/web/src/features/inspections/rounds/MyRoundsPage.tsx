/** 我的巡检 (phone): today's rounds of the inspector (and unassigned ones), each opening the round. */
import { Card, Empty, List, Progress, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { myRoundsQuery, ROUNDS_LIVE_TOPICS, roundsKeys } from './api';
import { StateTag } from './StateTag';

export default function MyRoundsPage() {
  const { t } = useTranslation('patrolRounds');
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const fmt = useDateTime();
  useLive(ROUNDS_LIVE_TOPICS, [roundsKeys.all], propertyId);
  const q = useQuery(myRoundsQuery(propertyId));
  const rows = q.data?.data ?? [];
  return (
    <>
      <PageHeader title={t('nav.mine')} />
      {q.isLoading ? (
        <Spin />
      ) : rows.length === 0 ? (
        <Empty description={t('mineNone')} />
      ) : (
        <List
          dataSource={rows}
          data-testid="my-rounds"
          renderItem={(r) => (
            <Card
              size="small"
              style={{ marginBottom: 10, cursor: 'pointer' }}
              onClick={() => navigate(`/inspections/rounds/${r.id}`)}
              data-testid="my-round"
            >
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                  <Typography.Text strong>{r.planName}</Typography.Text>
                  <StateTag state={r.state} late={r.late} />
                </Space>
                <Typography.Text type="secondary">
                  {r.area} · {fmt(r.windowStart).slice(11)}–{fmt(r.windowEnd).slice(11)}
                </Typography.Text>
                {r.reassignedFromName && <Tag>{t('reassigned', { name: r.reassignedFromName })}</Tag>}
                {!r.assigneeName && <Tag>{t('unassigned')}</Tag>}
                <Progress
                  percent={r.checkpointCount ? Math.round((100 * r.visitedCount) / r.checkpointCount) : 0}
                  format={() => t('progress', { done: r.visitedCount, total: r.checkpointCount })}
                  size="small"
                />
              </Space>
            </Card>
          )}
        />
      )}
    </>
  );
}
