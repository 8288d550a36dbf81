/** All SQL of water meter readings. */
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { buildings, meterReadings, organizations, units } from '../../../db/schema/index.ts';

/** The property's units with their company (the rows of the reading sheet). */
export const unitsOf = (db: DbOrTx, propertyId: string) =>
  db
    .select({
      id: units.id,
      code: units.code,
      building: buildings.name,
      organizationId: units.organizationId,
      organizationName: organizations.name,
    })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .leftJoin(organizations, eq(organizations.id, units.organizationId))
    .where(eq(units.propertyId, propertyId))
    .orderBy(asc(buildings.sort), asc(buildings.name), asc(units.code));

export const readingsOf = (db: DbOrTx, propertyId: string, month: string) =>
  db
    .select()
    .from(meterReadings)
    .where(and(eq(meterReadings.propertyId, propertyId), eq(meterReadings.month, month)));

/** Each unit's latest reading before the month (its current is this month's previous). */
export async function previousOf(db: DbOrTx, propertyId: string, month: string) {
  const rows = await db
    .selectDistinctOn([meterReadings.unitId], { unitId: meterReadings.unitId, current: meterReadings.currentReading })
    .from(meterReadings)
    .where(and(eq(meterReadings.propertyId, propertyId), lt(meterReadings.month, month)))
    .orderBy(meterReadings.unitId, desc(meterReadings.month));
  return new Map(rows.map((r) => [r.unitId, Number(r.current)]));
}

export interface ReadingWrite {
  propertyId: string;
  unitId: string;
  month: string;
  previousReading: number;
  currentReading: number;
  readOn: string;
  readBy: string | null;
  readByName: string | null;
}

export async function upsertReading(db: DbOrTx, r: ReadingWrite, at: Date) {
  const v = { ...r, previousReading: r.previousReading.toFixed(2), currentReading: r.currentReading.toFixed(2), updatedAt: at };
  await db
    .insert(meterReadings)
    .values(v)
    .onConflictDoUpdate({
      target: [meterReadings.unitId, meterReadings.month],
      set: {
        previousReading: v.previousReading,
        currentReading: v.currentReading,
        readOn: v.readOn,
        readBy: v.readBy,
        readByName: v.readByName,
        updatedAt: at,
      },
    });
}
