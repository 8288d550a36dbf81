/**
 * The archive's pure rules (T1 用户档案资料整理程序): a loan's due day and how late it is, the binder rule
 * (papers older than the retention years are bound and bagged), and the register's file numbers.
 */
const DAY = 86_400_000;
const toDay = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** The due day of a loan made on `today` for `loanDays` calendar days. */
export const dueOn = (today: string, loanDays: number) => new Date(toDay(today) + loanDays * DAY).toISOString().slice(0, 10);

/** Whole days a loan is past its due day on `today` (0: not overdue; returned loans are never overdue). */
export function daysOverdue(due: string, today: string, returned: boolean) {
  if (returned) return 0;
  return Math.max(0, Math.round((toDay(today) - toDay(due)) / DAY));
}

/** Filed more than `years` years before `today`: bound and moved to an archive bag (活页夹保留两年). */
export function toBind(filedOn: string, today: string, years: number) {
  const [y, m, d] = filedOn.split('-').map(Number) as [number, number, number];
  const limit = `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return limit <= today;
}

/** The month's next file number: DA-YYYYMM-NNN after the highest number of that month. */
export function nextFileNo(month: string, taken: readonly string[]) {
  const prefix = `DA-${month.replace('-', '')}-`;
  const max = taken.filter((t) => t.startsWith(prefix)).reduce((m, t) => Math.max(m, Number(t.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
