/** All SQL of the tenant files: the property's companies with their file and units, one file, the save. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { buildings, floors, organizations, properties, tenantFiles, units } from '../../../db/schema/index.ts';

export type TenantFileRow = typeof tenantFiles.$inferSelect;
export type OrgRow = typeof organizations.$inferSelect;
export type UnitRef = { id: string; code: string; building: string; floor: string | null; organizationId: string };

export async function findOrganization(db: DbOrTx, id: string): Promise<OrgRow | null> {
  return (await db.select().from(organizations).where(eq(organizations.id, id)).limit(1))[0] ?? null;
}

export async function organizationsOf(db: DbOrTx, propertyId: string) {
  return db
    .select({ org: organizations, file: tenantFiles })
    .from(organizations)
    .leftJoin(tenantFiles, eq(tenantFiles.organizationId, organizations.id))
    .where(eq(organizations.propertyId, propertyId))
    .orderBy(asc(organizations.name));
}

export async function findFile(db: DbOrTx, organizationId: string, lock = false): Promise<TenantFileRow | null> {
  const q = db.select().from(tenantFiles).where(eq(tenantFiles.organizationId, organizationId)).limit(1);
  return (await (lock ? q.for('update') : q))[0] ?? null;
}

export async function unitsOf(db: DbOrTx, organizationIds: string[]): Promise<UnitRef[]> {
  if (!organizationIds.length) return [];
  return (await db
    .select({ id: units.id, code: units.code, building: buildings.name, floor: floors.label, organizationId: units.organizationId })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .leftJoin(floors, eq(floors.id, units.floorId))
    .where(inArray(units.organizationId, organizationIds))
    .orderBy(asc(buildings.name), asc(units.code))) as UnitRef[];
}

export async function insertFile(db: DbOrTx, row: typeof tenantFiles.$inferInsert) {
  return (await db.insert(tenantFiles).values(row).returning())[0]!;
}

/** Saves over the version read (null: someone saved in between). */
export async function updateFile(db: DbOrTx, id: string, version: number, patch: Partial<typeof tenantFiles.$inferInsert>, now: Date) {
  return (
    (
      await db
        .update(tenantFiles)
        .set({ ...patch, version: sql`${tenantFiles.version} + 1`, updatedAt: now })
        .where(and(eq(tenantFiles.id, id), eq(tenantFiles.version, version)))
        .returning()
    )[0] ?? null
  );
}

export async function timeZoneOf(db: DbOrTx, propertyId: string) {
  const [p] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return p?.tz ?? 'Asia/Shanghai';
}
