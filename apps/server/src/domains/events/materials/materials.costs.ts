/**
 * What materials spends, for the budget's actuals (the seam in ../event/event.costs.ts). Filled by the materials sub-feature.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine } from '../event/event.costs.ts';

/** The actual cost lines of the event's materials, as recorded so far. */
export async function materialsCosts(_db: DbOrTx, _eventId: string): Promise<CostLine[]> {
  return [];
}
