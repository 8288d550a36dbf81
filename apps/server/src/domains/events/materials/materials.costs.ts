/**
 * What materials spends, for the budget's actuals (the seam in ../event/event.costs.ts): purchased lines at quantity ×
 * unit price (gifts as 'gifts', printed matter as 'printing', the rest as 'materials'), and warehouse losses at the
 * item's loss price.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine } from '../event/event.costs.ts';
import * as repo from './materials.repository.ts';
import { costLinesOf, quantityOf } from './materials.rules.ts';

/** The actual cost lines of the event's materials, as recorded so far. */
export async function materialsCosts(db: DbOrTx, eventId: string): Promise<CostLine[]> {
  const rows = await repo.linesOf(db, eventId);
  if (!rows.length) return [];
  const figures = await repo.figuresOf(db, eventId);
  const items = new Map(
    (await repo.itemsByIds(db, [...new Set(rows.map((r) => r.warehouseItemId).filter((x): x is string => !!x))])).map((i) => [i.id, i]),
  );
  return costLinesOf(
    rows.map((r) => ({
      id: r.id,
      category: r.category,
      name: r.name,
      unit: r.unit,
      source: r.source,
      quantity: quantityOf(r, figures),
      unitFen: r.unitFen,
      lost: r.lost,
      lossFen: r.warehouseItemId ? (items.get(r.warehouseItemId)?.lossFen ?? null) : null,
    })),
  );
}
