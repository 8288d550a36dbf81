/** One key factory for property settings: `property(pid)` refetches the page's data. */
export const settingsKeys = {
  all: ['settings'] as const,
  property: (pid: string | null) => [...settingsKeys.all, pid] as const,
};
