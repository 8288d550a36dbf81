/** One key factory for the work calendar, hierarchical: `property(pid)` refetches days, summary and overrides. */
export const calendarKeys = {
  all: ['calendar'] as const,
  property: (pid: string | null) => [...calendarKeys.all, pid] as const,
  days: (pid: string | null, year: number) => [...calendarKeys.property(pid), 'days', year] as const,
  summary: (pid: string | null, year: number) => [...calendarKeys.property(pid), 'summary', year] as const,
  overrides: (pid: string | null, year: number) => [...calendarKeys.property(pid), 'overrides', year] as const,
};
