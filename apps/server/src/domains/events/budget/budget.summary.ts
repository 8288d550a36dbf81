/** The budget's totals, for the work summary and the cockpit (the seam the budget sub-feature fills). */
import type { DbOrTx } from '../../../db/client.ts';

export interface BudgetSummary {
  /** the approved version in force, null before the first approval */
  approvedVersion: number | null;
  budgetFen: number;
  actualFen: number;
  /** per category: budget and actual */
  categories: { category: string; budgetFen: number; actualFen: number }[];
}

export async function budgetSummary(_db: DbOrTx, _eventId: string): Promise<BudgetSummary> {
  return { approvedVersion: null, budgetFen: 0, actualFen: 0, categories: [] };
}
