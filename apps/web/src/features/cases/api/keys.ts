/** The service desk's query keys: one factory, hierarchical, so `all` (or a branch) refetches every variant. */
export interface CaseFilters {
  kind?: string;
  status?: string;
  severity?: string;
  overdue?: boolean;
  /** open cases in one SLA state (on_time, warning, breached, paused) */
  sla?: string;
  q?: string;
  from?: string;
  to?: string;
}

const all = ['cases'] as const;
export const caseKeys = {
  all,
  lists: () => [...all, 'list'] as const,
  list: (pid: string | null, f: CaseFilters) => [...all, 'list', pid, f] as const,
  one: (id: string | undefined) => [...all, 'one', id] as const,
  pinned: (pid: string | null) => [...all, 'pinned', pid] as const,
  workOrders: (pid: string | null, k: string) => [...all, 'work-orders', pid, k] as const,
  workOrder: (id: string | undefined) => [...all, 'work-order', id] as const,
  workload: (pid: string | null) => [...all, 'workload', pid] as const,
  gapReport: (pid: string | null, year: number) => [...all, 'gap', pid, year] as const,
  kbSearch: (pid: string | null, term: string) => [...all, 'kb', pid, true, term] as const,
  kbAdmin: (pid: string | null, q: string, courtesy: boolean) => [...all, 'kb-admin', pid, q, courtesy] as const,
  faq: (pid: string | null, q: string) => [...all, 'faq', pid, q] as const,
  reports: () => [...all, 'reports'] as const,
  report: (tab: string, params: Record<string, unknown>) => [...all, 'reports', tab, params] as const,
  reviews: () => [...all, 'review'] as const,
  review: (pid: string | null, tab: string, period: string) => [...all, 'review', pid, tab, period] as const,
};
/** Live events that change service-desk records (case.*, work_order.*, kb.*). */
export const CASE_LIVE_TOPICS = ['case.', 'work_order.', 'kb.'] as const;
