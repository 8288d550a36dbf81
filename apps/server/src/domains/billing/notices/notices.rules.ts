/** Pure rules of payment notices: their number, the month after, the due and delivery days, the state. */
import type { NoticeState } from '@hy/contracts';

/** '2026-11' → '2026-12'; '2026-12' → '2027-01'. */
export function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The day `dayOfMonth` of the month after the billing month (days are 1–28, so every month has it). */
export const dayOfNextMonth = (month: string, dayOfMonth: number) => `${monthAfter(month)}-${String(dayOfMonth).padStart(2, '0')}`;

/** JF-YYYYMM-NNN (at least three digits). */
export const noticeNumber = (month: string, n: number) => `JF-${month.replace('-', '')}-${String(n).padStart(3, '0')}`;

export function noticeState(amountFen: number, paidFen: number): NoticeState {
  if (paidFen >= amountFen) return 'paid';
  return paidFen > 0 ? 'partial' : 'unpaid';
}
