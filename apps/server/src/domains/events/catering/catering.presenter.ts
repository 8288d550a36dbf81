/** A meal as the API answers it: its fields, its live headcount and dietary counts, its menu options and state. */
import type { EventMeal } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { MealRow, MenuRow } from './catering.repository.ts';
import { coversOf, headcount, stateOf, type Figures } from './catering.rules.ts';

export function presentMeal(m: MealRow, menus: MenuRow[], f: Figures, tz: string): EventMeal {
  const { registered, dietary } = headcount(f, m.day, m.kind);
  const planned = registered + m.staffCount;
  return {
    id: m.id,
    eventId: m.eventId,
    day: m.day,
    kind: m.kind,
    startsAt: m.startsAt.toISOString(),
    time: dayjs(m.startsAt).tz(tz).format('HH:mm'),
    place: m.place,
    style: m.style,
    catererName: m.catererName,
    catererContact: m.catererContact,
    catererPhone: m.catererPhone,
    priceFen: m.priceFen,
    notes: m.notes,
    registered,
    staffCount: m.staffCount,
    planned,
    dietary,
    menus: menus
      .filter((x) => x.mealId === m.id)
      .map((x) => ({ id: x.id, name: x.name, dishes: x.dishes, priceFen: x.priceFen, chosen: x.id === m.chosenMenuId })),
    chosenMenuId: m.chosenMenuId,
    orderedCount: m.orderedCount,
    orderedDietary: m.orderedDietary ?? null,
    orderedAt: m.orderedAt?.toISOString() ?? null,
    actualCount: m.actualCount,
    signerName: m.signerName,
    signatureFileId: m.signatureFileId,
    signedAt: m.signedAt?.toISOString() ?? null,
    state: stateOf(m),
    totalFen: m.priceFen * coversOf(m, planned),
  };
}
