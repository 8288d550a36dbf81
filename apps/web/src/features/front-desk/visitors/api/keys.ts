/** Visitors' query keys: one factory, so `all` refetches every list after a change or a live event. */
const all = ['front-desk', 'visits'] as const;
export const visitKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  meetings: (pid: string | null, date: string | null) => [...all, 'meetings', pid, date] as const,
  slip: (id: string) => [...all, 'slip', id] as const,
  watch: (pid: string | null) => ['front-desk', 'watch-list', pid] as const,
};
