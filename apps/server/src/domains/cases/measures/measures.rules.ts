/** Measures (S10, pure): the complaint rate against its target, shares as percentages. */
export interface RateMonth {
  month: string;
  validComplaints: number;
  households: number;
  rate: number | null;
  overTarget: boolean;
}
/** S10: valid complaints ÷ households, below `target` (a share; setting measures.complaintRateTargetPercent, default 5 %) every month. */
export function complaintRate(month: string, validComplaints: number, households: number, target: number): RateMonth {
  const rate = households > 0 ? validComplaints / households : null;
  return {
    month,
    validComplaints,
    households,
    rate: rate === null ? null : Math.round(rate * 10_000) / 10_000,
    overTarget: rate !== null && rate >= target,
  };
}

/** A share as a percentage with one decimal; null when nothing was measured. */
export const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

/** 三个相等 as one share: returned work orders ÷ the largest of logged, dispatched and issued (100 when all four agree). */
export function equalityShare(logged: number, dispatched: number, issued: number, returned: number) {
  return percent(returned, Math.max(logged, dispatched, issued, returned));
}
