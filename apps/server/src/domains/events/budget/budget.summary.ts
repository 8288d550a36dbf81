/** The budget's totals, for the work summary and the cockpit (the seam the budget sub-feature fills). */
import type { DbOrTx } from '../../../db/client.ts';
import { recomputeBudget } from './budget.compute.ts';

export interface BudgetSummary {
  /** the approved version in force, null before the first approval */
  approvedVersion: number | null;
  budgetFen: number;
  actualFen: number;
  /** per category: budget and actual */
  categories: { category: string; budgetFen: number; actualFen: number }[];
}

/** The approved budget (as approved) against the actuals recorded so far. */
export async function budgetSummary(db: DbOrTx, eventId: string): Promise<BudgetSummary> {
  const r = await recomputeBudget(db, eventId);
  if (!r) return { approvedVersion: null, budgetFen: 0, actualFen: 0, categories: [] };
  return {
    approvedVersion: r.approvedVersion,
    budgetFen: r.totals.approvedFen,
    actualFen: r.totals.actualFen,
    categories: r.rows.map((x) => ({ category: x.category, budgetFen: x.approvedFen, actualFen: x.actualFen })),
  };
}
