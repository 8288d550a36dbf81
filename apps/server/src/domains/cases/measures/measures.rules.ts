/** Measures (S10, pure): the complaint rate against its target, shares as percentages. */
import { COMPLAINT_RATE_TARGET } from '@hy/contracts';

export interface RateMonth {
  month: string;
  validComplaints: number;
  households: number;
  rate: number | null;
  overTarget: boolean;
}
/** S10: valid complaints ÷ households, target < 5% every month. */
export function complaintRate(month: string, validComplaints: number, households: number): RateMonth {
  const rate = households > 0 ? validComplaints / households : null;
  return {
    month,
    validComplaints,
    households,
    rate: rate === null ? null : Math.round(rate * 10_000) / 10_000,
    overTarget: rate !== null && rate >= COMPLAINT_RATE_TARGET,
  };
}

/** A share as a percentage with one decimal; null when nothing was measured. */
export const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);
