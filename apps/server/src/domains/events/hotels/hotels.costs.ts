/**
 * What hotels spends, for the budget's actuals (the seam in ../event/event.costs.ts). Filled by the hotels sub-feature.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine } from '../event/event.costs.ts';

/** The actual cost lines of the event's hotels, as recorded so far. */
export async function hotelCosts(_db: DbOrTx, _eventId: string): Promise<CostLine[]> {
  return [];
}

/** The live figure the budget's multipliers use (roomNights). */
export async function hotelFigure(_db: DbOrTx, _eventId: string): Promise<number> {
  return 0;
}
