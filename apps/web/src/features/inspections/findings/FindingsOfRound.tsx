/** The findings raised on one round (shown on the round's page). */
import { Card, Empty, Space } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useLive } from '../../../lib/live';
import { FINDING_LIVE_TOPICS, findingKeys, findingsQuery } from './api';
import { FindingCard } from './FindingCard';

export function FindingsOfRound({ roundId }: { roundId: string }) {
  const { t } = useTranslation('patrolFindings');
  const { propertyId } = useSession();
  useLive(FINDING_LIVE_TOPICS, [findingKeys.all], propertyId);
  const list = useInfiniteQuery(findingsQuery(propertyId, { roundId }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Card size="small" title={t('ofRound')} data-testid="findings-of-round">
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {rows.map((f) => (
            <FindingCard key={f.id} f={f} />
          ))}
        </Space>
      )}
    </Card>
  );
}
