/**
 * The cleaning contractor's month (pure): the score from the month's hygiene averages per level (team 30 %,
 * area 30 %, department 40 %, re-weighted over the levels that have sheets) less the patrol figures (half a
 * point per finding, a point per failed re-inspection, a point per finding still open at the month's end),
 * the rating it earns, and the payment under the deduction rule: full pay from `fullPayScore`, and below it
 * `deductBpPerPoint` basis points of the monthly amount per point (pro rata by tenths), never below zero.
 */
import type { ContractorFigures, ContractorRating } from '@hy/contracts';

export const LEVEL_WEIGHTS = { team: 30, area: 30, department: 40 } as const;
export const PER_FINDING_TENTHS = 5;
export const PER_FAILED_REINSPECTION_TENTHS = 10;
export const PER_OPEN_FINDING_TENTHS = 10;

/** The score in tenths of a point (0–1000). */
export function scoreTenths(f: ContractorFigures): number {
  const parts = (
    [
      [f.teamAvg, LEVEL_WEIGHTS.team],
      [f.areaAvg, LEVEL_WEIGHTS.area],
      [f.departmentAvg, LEVEL_WEIGHTS.department],
    ] as const
  ).filter(([avg]) => avg !== null) as [number, number][];
  const weight = parts.reduce((s, [, w]) => s + w, 0);
  const hygiene = weight ? Math.round((parts.reduce((s, [avg, w]) => s + avg * w, 0) * 10) / weight) : 0;
  const less =
    f.findings * PER_FINDING_TENTHS + f.failedReinspections * PER_FAILED_REINSPECTION_TENTHS + f.openFindings * PER_OPEN_FINDING_TENTHS;
  return Math.max(0, Math.min(1000, hygiene - less));
}

export function ratingOf(tenths: number): ContractorRating {
  if (tenths >= 900) return 'excellent';
  if (tenths >= 800) return 'good';
  if (tenths >= 700) return 'pass';
  return 'fail';
}

/** The month's deduction and payment in fen. */
export function payment(t: { amountFen: number; fullPayScore: number; deductBpPerPoint: number; scoreTenths: number }) {
  const belowTenths = Math.max(0, t.fullPayScore * 10 - t.scoreTenths);
  const raw = (BigInt(t.amountFen) * BigInt(t.deductBpPerPoint) * BigInt(belowTenths) + 50_000n) / 100_000n;
  const deductionFen = Number(raw > BigInt(t.amountFen) ? BigInt(t.amountFen) : raw);
  return { deductionFen, paymentFen: t.amountFen - deductionFen };
}

/** 'YYYY-MM' of a local day, and the month's first day and the next month's first day. */
export const monthOf = (day: string) => day.slice(0, 7);
export function monthBounds(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, toExclusive: `${next}-01` };
}
