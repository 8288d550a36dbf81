/** All SQL of property settings: one function per query. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { properties } from '../../../db/schema/index.ts';

/** The stored settings document (overrides only); `lock` holds the row until the transaction ends. */
export async function findSettings(db: DbOrTx, propertyId: string, lock = false) {
  const q = db.select({ settings: properties.settings }).from(properties).where(eq(properties.id, propertyId)).limit(1);
  const [r] = await (lock ? q.for('update') : q);
  return r ? (r.settings as Record<string, unknown>) : null;
}

export async function saveSettings(db: DbOrTx, propertyId: string, settings: Record<string, unknown>, now: Date) {
  await db.update(properties).set({ settings, updatedAt: now }).where(eq(properties.id, propertyId));
}
