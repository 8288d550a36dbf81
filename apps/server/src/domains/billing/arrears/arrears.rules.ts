/** Pure rules of arrears: days past due and the age bucket (0-30 / 31-60 / 61-90 / 90+). */
import type { AgingBucket } from '@hy/contracts';

const dayMs = 86_400_000;
/** Whole days from `dueOn` to `today` (both YYYY-MM-DD); negative before the due day. */
export const daysPastDue = (dueOn: string, today: string) => Math.round((Date.parse(today) - Date.parse(dueOn)) / dayMs);

/** Not yet due counts as 0-30. */
export function agingBucket(days: number): AgingBucket {
  if (days <= 30) return 'd0_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'd90_plus';
}

export const emptyBuckets = (): Record<AgingBucket, number> => ({ d0_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 });
