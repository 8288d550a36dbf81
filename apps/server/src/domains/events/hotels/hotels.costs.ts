/**
 * What hotels spend, for the budget's actuals (the seam in ../event/event.costs.ts): the room nights actually assigned
 * in each block at its price, one line per hotel, room type and price.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine } from '../event/event.costs.ts';
import { blocksOf, hotelsOf } from './hotels.repository.ts';
import { ROOM_TYPE_ZH } from './hotels.presenter.ts';

/** The actual cost lines of the event's hotels, as recorded so far. */
export async function hotelCosts(db: DbOrTx, eventId: string): Promise<CostLine[]> {
  const [hotels, blocks] = await Promise.all([hotelsOf(db, eventId), blocksOf(db, eventId)]);
  const names = new Map(hotels.map((h) => [h.id, h.name]));
  const lines = new Map<string, CostLine>();
  for (const b of blocks) {
    if (!b.used) continue;
    const k = `${b.hotelId}|${b.roomType}|${b.priceFen}`;
    const l = lines.get(k) ?? {
      category: 'accommodation' as const,
      name: '',
      qty: 0,
      unit: '间夜',
      unitFen: b.priceFen,
      amountFen: 0,
      source: `hotel_block:${b.id}`,
    };
    l.qty += b.used;
    l.amountFen = l.qty * b.priceFen;
    l.name = `${names.get(b.hotelId) ?? ''} ${ROOM_TYPE_ZH[b.roomType]} ${l.qty} 间夜`;
    lines.set(k, l);
  }
  return [...lines.values()];
}

/** The live figure the budget's multipliers use (roomNights). */
export async function hotelFigure(db: DbOrTx, eventId: string): Promise<number> {
  return (await blocksOf(db, eventId)).reduce((s, b) => s + b.used, 0);
}
