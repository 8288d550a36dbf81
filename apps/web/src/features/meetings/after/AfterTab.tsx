/**
 * 会后 tab (SPEC M9; seed 004 §5.1.8, §5.2.2–5.2.3, §5.5.3): cleanup checklist, equipment and
 * microphone count, the lost property register 《拾遗物品登记表》 (found → stored → returned against
 * the owner's signature) and the hand-over log of recordings and documents.
 */
import { Skeleton, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../lib/session';
import { afterQuery, type Notice } from '../api';
import { AfterCheckCard } from './AfterCheckCard';
import { LostItemsCard } from './LostItemsCard';
import { HandoversCard } from './HandoversCard';

export function AfterTab({ n }: { n: Notice }) {
  const session = useSession();
  const q = useQuery(afterQuery(n.id));
  if (q.isLoading || !q.data) return <Skeleton active />;
  const canEdit = session.can('meetings.after');
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="after-tab">
      <AfterCheckCard n={n} data={q.data} canEdit={canEdit} />
      <LostItemsCard n={n} data={q.data} />
      <HandoversCard n={n} data={q.data} canEdit={canEdit} />
    </Space>
  );
}
