/** Paid repairs' query keys under the service desk's `cases` root, so every service-desk write refetches them. */
const all = ['cases', 'charges'] as const;
export const chargeKeys = {
  all,
  charge: (woId: string | undefined) => [...all, 'charge', woId] as const,
  priceList: (pid: string | null, active?: boolean) => [...all, 'price-list', pid, active ?? 'all'] as const,
  notice: (woId: string | undefined) => [...all, 'notice', woId] as const,
  report: (pid: string | null, month: string) => [...all, 'report', pid, month] as const,
  waiting: (pid: string | null) => [...all, 'waiting', pid] as const,
};
