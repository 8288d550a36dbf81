/**
 * The 会务服务预算表's arithmetic (pure): a line's units are its quantity times the figure its basis names (a fixed
 * line is its quantity alone), its amount the unit price times the units, rounded half-up to the fen; the variance
 * per category is actual − approved, over budget when positive.
 */
import { EVENT_COST_CATEGORIES, type BudgetBasis, type BudgetStatus, type EventCostCategory } from '@hy/contracts';
import type { EventFigures } from '../event/event.costs.ts';

export interface RuleLine {
  category: EventCostCategory;
  basis: BudgetBasis;
  unitFen: number;
  quantity: number;
}

/** The figure each basis multiplies by. */
export function figureOf(basis: BudgetBasis, f: EventFigures): number {
  switch (basis) {
    case 'fixed':
      return 1;
    case 'per_guest':
      return f.guests;
    case 'per_night':
      return f.roomNights;
    case 'per_day':
      return f.days;
    case 'per_vehicle':
      return f.vehicleDays;
    case 'per_cover':
      return f.covers;
  }
}

/** Rounds half-up to the fen, immune to binary noise (0.5 → 1, 2.675 × 100 → 268). */
export const roundFen = (x: number) => Math.sign(x) * Math.round(Math.abs(Number(x.toFixed(6))) + 1e-9);

export const unitsOf = (l: RuleLine, f: EventFigures) => Number((l.quantity * figureOf(l.basis, f)).toFixed(6));

export const amountOf = (l: RuleLine, f: EventFigures) => roundFen(l.unitFen * unitsOf(l, f));

export const totalOf = (lines: RuleLine[], f: EventFigures) => lines.reduce((s, l) => s + amountOf(l, f), 0);

export function byCategory(rows: { category: EventCostCategory; amountFen: number }[]): Map<EventCostCategory, number> {
  const m = new Map<EventCostCategory, number>();
  for (const r of rows) m.set(r.category, (m.get(r.category) ?? 0) + r.amountFen);
  return m;
}

export interface VarianceRow {
  category: EventCostCategory;
  approvedFen: number;
  currentFen: number;
  actualFen: number;
  varianceFen: number;
  over: boolean;
}

/** Per category (in the categories' order, only those with any figure), then the totals. */
export function variance(
  approved: { category: EventCostCategory; amountFen: number }[],
  current: { category: EventCostCategory; amountFen: number }[],
  actual: { category: EventCostCategory; amountFen: number }[],
) {
  const a = byCategory(approved);
  const c = byCategory(current);
  const x = byCategory(actual);
  const rows: VarianceRow[] = [];
  for (const category of EVENT_COST_CATEGORIES) {
    if (!a.has(category) && !c.has(category) && !x.has(category)) continue;
    const approvedFen = a.get(category) ?? 0;
    const actualFen = x.get(category) ?? 0;
    rows.push({
      category,
      approvedFen,
      currentFen: c.get(category) ?? 0,
      actualFen,
      varianceFen: actualFen - approvedFen,
      over: actualFen > approvedFen,
    });
  }
  const sum = (k: 'approvedFen' | 'currentFen' | 'actualFen') => rows.reduce((s, r) => s + r[k], 0);
  const totals = {
    approvedFen: sum('approvedFen'),
    currentFen: sum('currentFen'),
    actualFen: sum('actualFen'),
    varianceFen: 0,
    over: false,
  };
  totals.varianceFen = totals.actualFen - totals.approvedFen;
  totals.over = totals.actualFen > totals.approvedFen;
  return { rows, totals };
}

/** What a change to a version of this status is refused with (null: it may change). */
export function editVerdict(status: BudgetStatus): null | 'budget_approved_locked' | 'budget_not_draft' {
  if (status === 'draft') return null;
  if (status === 'approved' || status === 'superseded') return 'budget_approved_locked';
  return 'budget_not_draft';
}

/** Whether the version may be approved: the latest, and submitted. */
export function approveVerdict(
  v: { version: number; status: BudgetStatus },
  latest: number,
): null | 'budget_version_stale' | 'budget_approved_locked' | 'budget_not_submitted' {
  if (v.version < latest) return 'budget_version_stale';
  if (v.status === 'approved' || v.status === 'superseded') return 'budget_approved_locked';
  if (v.status !== 'submitted') return 'budget_not_submitted';
  return null;
}
