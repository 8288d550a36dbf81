/** A month's patrol figures for the cleaning contractor's evaluation (cleaning, greenery and pest findings). */
import type { DbOrTx } from '../../../db/client.ts';
import { monthPeriod } from '../../../lib/periods.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { cleaningFigures } from './findings.repository.ts';

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

/** `month` is 'YYYY-MM' in the property's time zone (all zero for a malformed month). */
export async function cleaningFindingFigures(db: DbOrTx, propertyId: string, month: string): Promise<CleaningFindingFigures> {
  const tz = (await loadWorkCalendar(db, propertyId)).timeZone;
  const p = monthPeriod(month, tz);
  if (!p) return { findings: 0, reinspections: 0, failedReinspections: 0, open: 0 };
  const r = await cleaningFigures(db, propertyId, p.from, p.to);
  return { findings: r.findings, reinspections: r.reinspections, failedReinspections: r.failed, open: r.open };
}
