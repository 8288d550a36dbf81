import type { CaseFields, WorkOrderRow } from '@hy/contracts';

/** Where the tenant's case is, in the tenant's words. */
export function progressOf(c: Pick<CaseFields, 'status'>, wos: Pick<WorkOrderRow, 'status'>[] = []) {
  if (c.status === 'closed') return 5;
  if (c.status === 'resolved') return 4;
  const live = wos.filter((w) => w.status !== 'voided');
  if (live.some((w) => w.status === 'completed')) return 3;
  if (c.status === 'in_progress' || live.some((w) => ['accepted', 'on_site'].includes(w.status))) return 2;
  if (c.status === 'dispatched' || live.length) return 1;
  return 0;
}
