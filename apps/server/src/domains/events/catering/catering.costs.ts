/**
 * What catering spends, for the budget's actuals (the seam in ../event/event.costs.ts): each served meal's signed
 * real count × its price per head; the covers figure counts served meals by their real count, the others by the
 * count sent to the caterer, else the live planned count.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine } from '../event/event.costs.ts';
import { guestFigures } from '../guests/guests.figures.ts';
import * as repo from './catering.repository.ts';
import { coversOf, headcount, KIND_ZH, STYLE_ZH } from './catering.rules.ts';

/** The actual cost lines of the event's catering, as recorded so far (served meals only). */
export async function cateringCosts(db: DbOrTx, eventId: string): Promise<CostLine[]> {
  const [meals, menus] = await Promise.all([repo.mealsOf(db, eventId), repo.menusOf(db, eventId)]);
  const names = new Map(menus.map((m) => [m.id, m.name]));
  return meals
    .filter((m) => m.signedAt && m.actualCount !== null)
    .map((m) => ({
      category: 'catering' as const,
      name: `${m.day} ${KIND_ZH[m.kind]} ${(m.chosenMenuId && names.get(m.chosenMenuId)) || STYLE_ZH[m.style]}`,
      qty: m.actualCount!,
      unit: '人',
      unitFen: m.priceFen,
      amountFen: m.actualCount! * m.priceFen,
      source: `meal:${m.id}`,
    }));
}

/** The live figure the budget's multipliers use (covers). */
export async function cateringFigure(db: DbOrTx, eventId: string): Promise<number> {
  const meals = await repo.mealsOf(db, eventId);
  if (!meals.length) return 0;
  const f = await guestFigures(db, eventId);
  return meals.reduce((s, m) => s + coversOf(m, headcount(f, m.day, m.kind).registered + m.staffCount), 0);
}
