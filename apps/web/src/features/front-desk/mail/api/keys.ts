/** The mail room's query keys: one factory, so `all` refetches every list after a write. */
const all = ['front-desk', 'mail'] as const;
export const mailKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  mine: (pid: string | null) => [...all, 'mine', pid] as const,
  accuracy: (pid: string | null, month: string) => [...all, 'accuracy', pid, month] as const,
  accuracyMonths: (pid: string | null) => [...all, 'accuracy-months', pid] as const,
  subscriptions: (pid: string | null, f: Record<string, unknown> = {}) => [...all, 'subscriptions', pid, f] as const,
  checksMonth: (pid: string | null, month: string) => [...all, 'checks-month', pid, month] as const,
  registerPrint: (pid: string | null, f: Record<string, unknown>) => [...all, 'register-print', pid, f] as const,
  checks: (pid: string | null, day: string) => [...all, 'checks', pid, day] as const,
};
