/** Query keys of rounds: one factory, so `all` refetches every view after a write or a live event. */
const all = ['inspections', 'rounds'] as const;
export const roundsKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  mine: (pid: string | null) => [...all, 'mine', pid] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
  stats: (pid: string | null, month: string) => [...all, 'stats', pid, month] as const,
};
/** Live topics that change a round. */
export const ROUNDS_LIVE_TOPICS = ['inspection_round.'] as const;
