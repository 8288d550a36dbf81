import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { properties } from '../../../db/schema/index.ts';

/** The property's time zone and working hours, or null when it does not exist. */
export async function findPropertyHours(db: DbOrTx, propertyId: string) {
  const rows = await db
    .select({ timeZone: properties.timeZone, workStart: properties.workStart, workEnd: properties.workEnd })
    .from(properties)
    .where(eq(properties.id, propertyId))
    .limit(1);
  return rows[0] ?? null;
}
