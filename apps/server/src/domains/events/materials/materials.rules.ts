/**
 * Pure rules of the 会务物资清单 (M13): a line's quantity from the live figures, the status steps, the match text of a
 * gift, and what the lines cost (purchased lines, warehouse losses) as the budget's cost lines.
 */
import type { MaterialBasis, MaterialCategory, EventMaterialFigures, MaterialSource, MaterialStatus } from '@hy/contracts';
import type { CostLine } from '../event/event.costs.ts';

export interface QtyLine {
  basis: MaterialBasis;
  fixedQty: number;
  perUnit: number;
  spare: number;
}

/** The count the basis stands for now; null when the line is fixed. */
export const basisCount = (l: Pick<QtyLine, 'basis'>, f: EventMaterialFigures): number | null => (l.basis === 'fixed' ? null : f[l.basis]);

/** The quantity needed now: the fixed count, or each of the basis × per unit, plus spares. */
export function quantityOf(l: QtyLine, f: EventMaterialFigures): number {
  const n = basisCount(l, f);
  return n === null ? l.fixedQty : n * l.perUnit + l.spare;
}

const ORDER: MaterialStatus[] = ['needed', 'ready', 'placed', 'returned'];

/**
 * Whether a line may go from one status to another: forward any number of steps, back one step (a correction);
 * 'returned' only when nothing drawn is still out.
 */
export function statusStepAllowed(from: MaterialStatus, to: MaterialStatus, outstanding: number): boolean {
  if (from === to) return true;
  if (to === 'returned' && outstanding > 0) return false;
  const d = ORDER.indexOf(to) - ORDER.indexOf(from);
  return d > 0 || d === -1;
}

/** The cost category of a line: gifts, printing, or materials. */
export const costCategoryOf = (c: MaterialCategory) =>
  (c === 'gift' ? 'gifts' : c === 'printed' ? 'printing' : 'materials') as CostLine['category'];

export interface CostSource {
  id: string;
  category: MaterialCategory;
  name: string;
  unit: string;
  source: MaterialSource;
  quantity: number;
  unitFen: number | null;
  lost: number;
  lossFen: number | null;
}

/** Purchased lines cost quantity × unit price; warehouse lines cost their losses at the item's loss price. */
export function costLinesOf(lines: CostSource[]): CostLine[] {
  const out: CostLine[] = [];
  for (const l of lines) {
    const category = costCategoryOf(l.category);
    if (l.source === 'purchase' && l.unitFen && l.quantity > 0)
      out.push({
        category,
        name: l.name,
        qty: l.quantity,
        unit: l.unit,
        unitFen: l.unitFen,
        amountFen: l.quantity * l.unitFen,
        source: `material:${l.id}`,
      });
    if (l.source === 'warehouse' && l.lost > 0 && l.lossFen)
      out.push({
        category,
        name: `${l.name}（损耗）`,
        qty: l.lost,
        unit: l.unit,
        unitFen: l.lossFen,
        amountFen: l.lost * l.lossFen,
        source: `material:${l.id}`,
      });
  }
  return out;
}
