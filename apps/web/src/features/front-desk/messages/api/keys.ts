/** The message book's query keys: one factory, so `all` refetches every list. */
const all = ['front-desk', 'messages'] as const;
export const messageKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  mine: () => [...all, 'mine'] as const,
  calls: (pid: string | null, f: Record<string, unknown>) => [...all, 'calls', pid, f] as const,
};
/** Live topics that change the book. */
export const MESSAGE_LIVE_TOPICS = ['message.'] as const;
