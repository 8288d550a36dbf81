/** The shift handover's query keys: one factory, so `all` refetches every view after a write or a live event. */
const all = ['front-desk', 'handover'] as const;
export const handoverKeys = {
  all,
  current: (pid: string | null) => [...all, 'current', pid] as const,
  draft: (pid: string | null) => [...all, 'draft', pid] as const,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
};
/** Live topics that change a handover. */
export const HANDOVER_LIVE_TOPICS = ['handover.'] as const;
