/** Query keys of plans: one factory, so `all` refetches every view after a write. */
const all = ['inspections', 'plans'] as const;
export const plansKeys = {
  all,
  list: (pid: string | null) => [...all, 'list', pid] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
  qr: (id: string | null) => [...all, 'qr', id] as const,
  inspectors: (pid: string | null) => [...all, 'inspectors', pid] as const,
};
