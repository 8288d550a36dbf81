/**
 * What programme spends, for the budget's actuals (the seam in ../event/event.costs.ts). Filled by the programme sub-feature.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine } from '../event/event.costs.ts';

/** The actual cost lines of the event's programme, as recorded so far. */
export async function programmeCosts(_db: DbOrTx, _eventId: string): Promise<CostLine[]> {
  return [];
}
