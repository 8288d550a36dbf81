import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { WorkOrderWithCase } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { workOrdersQuery } from '../api';

const ACTIVE = ['issued', 'accepted', 'on_site'];
const rank = (w: WorkOrderWithCase) => (w.urgency === 'urgent' ? 0 : w.urgency === 'normal' ? 1 : 2);

/**
 * The engineer's work orders and the unassigned ones anybody may take: to do (most urgent, oldest
 * first) or done (latest first), and how many are to do.
 */
export function useMyWorkOrders(tab: 'todo' | 'done') {
  const { propertyId } = useSession();
  const mine = useQuery({ ...workOrdersQuery(propertyId, 'mine'), refetchInterval: 60_000 });
  const open = useQuery({ ...workOrdersQuery(propertyId, 'unassigned'), refetchInterval: 60_000 });
  const all = useMemo(() => {
    const list = [...(mine.data?.data ?? []), ...(open.data?.data ?? []).filter((w) => !w.assigneeId)];
    const seen = new Set<string>();
    return list.filter((w) => (seen.has(w.id) ? false : (seen.add(w.id), true)));
  }, [mine.data, open.data]);
  const rows = useMemo(
    () =>
      all
        .filter((w) => (tab === 'todo' ? ACTIVE.includes(w.status) : !ACTIVE.includes(w.status)))
        .sort((a, b) =>
          tab === 'todo' ? rank(a) - rank(b) || a.issuedAt.localeCompare(b.issuedAt) : b.updatedAt.localeCompare(a.updatedAt),
        ),
    [all, tab],
  );
  const todoCount = useMemo(() => all.filter((w) => ACTIVE.includes(w.status)).length, [all]);
  const refetch = () => {
    void mine.refetch();
    void open.refetch();
  };
  return { rows, todoCount, loading: mine.isLoading, refetch };
}
