/** The pure rules of patrol findings: where a category goes, which step a finding may take, the weekly math. */
import type { FindingCategory } from '../../../db/schema/inspections.ts';
import type { FindingRoute, FindingState } from '../../../db/schema/inspections-findings.ts';

/** Cleaning, greenery and pest control → housekeeping; repair and safety → a repair case; the rest → the inspector. */
export function routeOf(category: FindingCategory): FindingRoute {
  if (category === 'cleaning' || category === 'greenery' || category === 'pest') return 'housekeeping';
  if (category === 'repair' || category === 'safety') return 'repair';
  return 'inspector';
}

export type FindingStepName = 'fix' | 'reinspect' | 'repair' | 'verify' | 'close';
export type Refusal =
  | 'finding_closed'
  | 'finding_state'
  | 'finding_not_housekeeping'
  | 'finding_not_repairable'
  | 'finding_case_exists'
  | 'finding_reinspection_required'
  | 'finding_work_not_done';

export interface FindingFacts {
  route: FindingRoute;
  state: FindingState;
  caseId: string | null;
  /** the work order's status (null without one) */
  workOrderStatus: string | null;
}

const WORK_DONE = ['completed', 'signed', 'returned'];

/**
 * Why a step is refused now (null: allowed). Housekeeping: open → fix → fixed → re-inspect pass → closed,
 * fail → open again; closing by hand needs a passing re-inspection. Repair: open → repair → in_repair →
 * verify (work order completed) → closed. Inspector's own: close.
 */
export function stepRefusal(f: FindingFacts, step: FindingStepName): Refusal | null {
  if (f.state === 'closed') return 'finding_closed';
  switch (step) {
    case 'fix':
      if (f.route !== 'housekeeping') return 'finding_not_housekeeping';
      return f.state === 'open' ? null : 'finding_state';
    case 'reinspect':
      if (f.route !== 'housekeeping') return 'finding_not_housekeeping';
      return f.state === 'fixed' ? null : 'finding_state';
    case 'repair':
      if (f.caseId) return 'finding_case_exists';
      if (f.route === 'housekeeping') return 'finding_not_repairable';
      return null;
    case 'verify':
      if (!f.caseId || f.state !== 'in_repair') return 'finding_state';
      return f.workOrderStatus && WORK_DONE.includes(f.workOrderStatus) ? null : 'finding_work_not_done';
    case 'close':
      if (f.route === 'housekeeping') return 'finding_reinspection_required';
      if (f.caseId) return 'finding_state';
      return null;
  }
}

/** The state a re-inspection leaves: a pass closes the finding, a failure sends it back to housekeeping. */
export const afterReinspection = (outcome: 'pass' | 'fail'): FindingState => (outcome === 'pass' ? 'closed' : 'open');

/** Days between two local days 'YYYY-MM-DD' (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The Friday's week: the Saturday before to the Friday (local days, inclusive). */
export function fridayWeek(friday: string): { from: string; to: string } | null {
  const d = new Date(`${friday}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.getUTCDay() !== 5) return null;
  return { from: new Date(d.getTime() - 6 * 86_400_000).toISOString().slice(0, 10), to: friday };
}

export interface WeeklyFinding {
  id: string;
  inspectorId: string;
  inspectorName: string;
  /** local days */
  foundDay: string;
  closedDay: string | null;
}

export interface WeeklyLine<F extends WeeklyFinding> {
  inspectorId: string;
  inspectorName: string;
  found: number;
  done: number;
  open: number;
  longOpen: (F & { daysOpen: number })[];
}

/**
 * 《周报修项目统计分析表》 per inspector for the week [from, to]: repair findings found in the week, done (closed)
 * in the week, still open at the week's end, and the long-open ones — open at the end and found more than
 * `longOpenDays` days before it — oldest first. Inspectors without any of these are left out.
 */
export function weeklyLines<F extends WeeklyFinding>(findings: F[], from: string, to: string, longOpenDays: number): WeeklyLine<F>[] {
  const by = new Map<string, WeeklyLine<F>>();
  for (const f of findings) {
    if (f.foundDay > to) continue;
    const line = by.get(f.inspectorId) ?? {
      inspectorId: f.inspectorId,
      inspectorName: f.inspectorName,
      found: 0,
      done: 0,
      open: 0,
      longOpen: [],
    };
    const foundIn = f.foundDay >= from;
    const doneIn = f.closedDay !== null && f.closedDay >= from && f.closedDay <= to;
    const openAtEnd = f.closedDay === null || f.closedDay > to;
    if (!foundIn && !doneIn && !openAtEnd) continue;
    if (foundIn) line.found++;
    if (doneIn) line.done++;
    if (openAtEnd) {
      line.open++;
      const daysOpen = daysBetween(f.foundDay, to);
      if (daysOpen > longOpenDays) line.longOpen.push({ ...f, daysOpen });
    }
    by.set(f.inspectorId, line);
  }
  const lines = [...by.values()];
  for (const l of lines) l.longOpen.sort((a, b) => b.daysOpen - a.daysOpen || a.id.localeCompare(b.id));
  return lines.sort((a, b) => a.inspectorName.localeCompare(b.inspectorName, 'zh-CN'));
}
