/** The directory's query keys: one factory, so `all` refetches every search. */
const all = ['front-desk', 'directory'] as const;
export const directoryKeys = {
  all,
  search: (pid: string | null, f: Record<string, unknown>) => [...all, 'search', pid, f] as const,
  one: (id: string | undefined) => [...all, 'one', id] as const,
};
