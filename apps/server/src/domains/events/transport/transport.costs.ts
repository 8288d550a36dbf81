/**
 * What transport spends, for the budget's actuals (the seam in ../event/event.costs.ts): each hired vehicle's day
 * rate times the days it runs a trip; the live figure is the vehicle-days used (own vehicles included).
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { events } from '../../../db/schema/index.ts';
import type { CostLine } from '../event/event.costs.ts';
import { localDay, timeZoneOf } from '../events.shared.ts';
import * as repo from './transport.repository.ts';
import { vehicleDays } from './transport.rules.ts';

async function usage(db: DbOrTx, eventId: string) {
  const [e] = await db.select({ propertyId: events.propertyId }).from(events).where(eq(events.id, eventId));
  if (!e) return { vehicles: [], days: new Map<string, number>() };
  const tz = await timeZoneOf(db, e.propertyId);
  const trips = (await repo.transfersOfEvent(db, eventId)).flatMap((t) =>
    t.vehicleId ? [{ vehicleId: t.vehicleId, day: localDay(t.departsAt, tz) }] : [],
  );
  return { vehicles: await repo.vehiclesOf(db, eventId), days: vehicleDays(trips) };
}

/** The actual cost lines of the event's transport, as recorded so far. */
export async function transportCosts(db: DbOrTx, eventId: string): Promise<CostLine[]> {
  const { vehicles, days } = await usage(db, eventId);
  return vehicles
    .filter((v) => v.hired && v.dayRateFen && days.get(v.id))
    .map((v) => {
      const n = days.get(v.id)!;
      return {
        category: 'transport' as const,
        name: `${v.company ?? ''} ${v.plate} 租车 ${n} 天`.trim(),
        qty: n,
        unit: '天',
        unitFen: v.dayRateFen!,
        amountFen: n * v.dayRateFen!,
        source: `vehicle:${v.id}`,
      };
    });
}

/** The live figure the budget's multipliers use (vehicleDays). */
export async function transportFigure(db: DbOrTx, eventId: string): Promise<number> {
  const { days } = await usage(db, eventId);
  return [...days.values()].reduce((s, n) => s + n, 0);
}
