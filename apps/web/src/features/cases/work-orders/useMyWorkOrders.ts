import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { WorkOrderStatus, WorkOrderWithCase } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { workOrdersQuery } from '../api';

const ACTIVE = ['issued', 'accepted', 'on_site'];
const rank = (w: WorkOrderWithCase) => (w.urgency === 'urgent' ? 0 : w.urgency === 'normal' ? 1 : 2);

/** Only some work orders (the cockpit's tiles): the unassigned ones anybody may take, or mine of one status. */
export type WorkOrderOnly = 'unassigned' | WorkOrderStatus;
export const isActiveStatus = (s: string) => ACTIVE.includes(s);

/**
 * The engineer's work orders and the unassigned ones anybody may take: to do (most urgent, oldest
 * first) or done (latest first), and how many are to do; `only` narrows them as a cockpit tile counts.
 */
export function useMyWorkOrders(tab: 'todo' | 'done', only: WorkOrderOnly | null = null) {
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
        .filter((w) => !only || (only === 'unassigned' ? w.status === 'issued' && !w.assigneeId : w.status === only && !!w.assigneeId))
        .sort((a, b) =>
          tab === 'todo' ? rank(a) - rank(b) || a.issuedAt.localeCompare(b.issuedAt) : b.updatedAt.localeCompare(a.updatedAt),
        ),
    [all, tab, only],
  );
  const todoCount = useMemo(() => all.filter((w) => ACTIVE.includes(w.status)).length, [all]);
  const refetch = () => {
    void mine.refetch();
    void open.refetch();
  };
  return { rows, todoCount, loading: mine.isLoading, refetch };
}
