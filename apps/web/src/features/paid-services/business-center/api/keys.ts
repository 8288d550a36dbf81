/** The business center's query keys: one factory, so `all` refetches every view after a write. */
const all = ['paid-services', 'business-center'] as const;
export const bcKeys = {
  all,
  slips: (pid: string | null, f: Record<string, unknown>) => [...all, 'slips', pid, f] as const,
  slip: (id: string | null) => [...all, 'slip', id] as const,
  handovers: (pid: string | null) => [...all, 'handovers', pid] as const,
  register: (pid: string | null, r: string, from: string, to: string) => [...all, 'register', pid, r, from, to] as const,
  faxes: (pid: string | null, f: Record<string, unknown>) => [...all, 'faxes', pid, f] as const,
  fax: (id: string | null) => [...all, 'fax', id] as const,
  reports: (pid: string | null) => [...all, 'reports', pid] as const,
  prices: (pid: string | null) => [...all, 'prices', pid] as const,
};
