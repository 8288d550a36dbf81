/** The tenant visits' query keys: one factory, so `all` refetches every view after a write. */
const all = ['tenants', 'visits'] as const;
export const visitKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
  byTenant: (pid: string | null, year: number) => [...all, 'by-tenant', pid, year] as const,
  register: (pid: string | null, from: string, to: string) => [...all, 'register', pid, from, to] as const,
  staff: (pid: string | null) => [...all, 'staff', pid] as const,
  occasions: (pid: string | null, year: number) => [...all, 'occasions', pid, year] as const,
  plan: (id: string | null) => [...all, 'plan', id] as const,
};
