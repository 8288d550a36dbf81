/** All SQL of the places domain: one function per query. */
import { and, asc, eq, ilike, inArray, notInArray, or, sql, getTableColumns, type SQL, type AnyColumn } from 'drizzle-orm';
import { OUTSIDE_ROLES } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  properties,
  buildings,
  floors,
  organizations,
  units,
  venues,
  venueLinks,
  venueManagers,
  venueAllowedOrganizations,
  users,
  userRoles,
} from '../../../db/schema/index.ts';

export type PropertyRow = typeof properties.$inferSelect;
export type BuildingRow = typeof buildings.$inferSelect;
export type FloorRow = typeof floors.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type VenueRow = typeof venues.$inferSelect;

/**
 * Which rows of a property-scoped table the actor may see: every row of the properties in
 * `full`, and in `limited` (outside users) only the rows matching `own`.
 */
export interface Visibility {
  full: string[];
  limited: string[];
}
type Scoped = typeof buildings | typeof organizations | typeof units | typeof venues | typeof floors;

function visible(t: Scoped, v: Visibility, own?: SQL): SQL {
  const parts = [
    v.full.length ? inArray(t.propertyId, v.full) : undefined,
    v.limited.length && own ? and(inArray(t.propertyId, v.limited), own) : undefined,
  ].filter(Boolean) as SQL[];
  return parts.length ? or(...parts)! : sql`false`;
}

/** Keyset condition: (cols) > (cursor values), matching an ORDER BY on the same columns. */
function after(cols: AnyColumn[], key?: unknown[]): SQL | undefined {
  if (!key) return undefined;
  return sql`(${sql.join(cols, sql`, `)}) > (${sql.join(
    key.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}

function search(q: string | undefined, ...cols: AnyColumn[]) {
  return q ? or(...cols.map((c) => ilike(c, `%${q.replace(/[\\%_]/g, '\\$&')}%`))) : undefined;
}

/** Which of `ids` exist in `table` within the property. */
export async function idsInProperty(db: DbOrTx, t: Scoped, ids: string[], propertyId: string) {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(inArray(t.id, ids), eq(t.propertyId, propertyId)));
  return rows.map((r) => r.id);
}

/** Which of `userIds` are enabled users holding a staff (non-outside) role in the property. */
export async function staffUserIds(db: DbOrTx, propertyId: string, userIds: string[]) {
  if (!userIds.length) return [];
  const rows = await db
    .selectDistinct({ id: userRoles.userId })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(
        eq(userRoles.propertyId, propertyId),
        inArray(userRoles.userId, userIds),
        notInArray(userRoles.role, [...OUTSIDE_ROLES]),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}

// ---------- properties ----------

export const PROPERTY_ORDER = [properties.code, properties.id];
export async function listProperties(db: DbOrTx, f: { ids: string[]; after?: unknown[]; limit: number }) {
  if (!f.ids.length) return [];
  return db
    .select()
    .from(properties)
    .where(and(inArray(properties.id, f.ids), after(PROPERTY_ORDER, f.after)))
    .orderBy(...PROPERTY_ORDER.map(asc))
    .limit(f.limit);
}

export async function findProperty(db: DbOrTx, id: string) {
  return (await db.select().from(properties).where(eq(properties.id, id)).limit(1))[0] ?? null;
}

export async function insertProperty(db: DbOrTx, row: typeof properties.$inferInsert) {
  return (await db.insert(properties).values(row).returning())[0]!;
}

export async function updateProperty(db: DbOrTx, id: string, patch: Partial<typeof properties.$inferInsert>) {
  return (
    await db
      .update(properties)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(properties.id, id))
      .returning()
  )[0]!;
}

// ---------- buildings and floors ----------

export const BUILDING_ORDER = [buildings.sort, buildings.code, buildings.id];
export async function listBuildings(db: DbOrTx, f: { v: Visibility; q?: string; after?: unknown[]; limit: number }) {
  return db
    .select()
    .from(buildings)
    .where(and(visible(buildings, f.v, sql`true`), search(f.q, buildings.code, buildings.name), after(BUILDING_ORDER, f.after)))
    .orderBy(...BUILDING_ORDER.map(asc))
    .limit(f.limit);
}

export async function findBuilding(db: DbOrTx, id: string) {
  return (await db.select().from(buildings).where(eq(buildings.id, id)).limit(1))[0] ?? null;
}

export async function insertBuilding(db: DbOrTx, row: typeof buildings.$inferInsert) {
  return (await db.insert(buildings).values(row).returning())[0]!;
}

export async function updateBuilding(db: DbOrTx, id: string, patch: Partial<typeof buildings.$inferInsert>) {
  return (
    await db
      .update(buildings)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(buildings.id, id))
      .returning()
  )[0]!;
}

export async function deleteBuilding(db: DbOrTx, id: string) {
  await db.delete(floors).where(eq(floors.buildingId, id));
  await db.delete(buildings).where(eq(buildings.id, id));
}

export async function floorsOf(db: DbOrTx, buildingId: string) {
  return db.select().from(floors).where(eq(floors.buildingId, buildingId)).orderBy(asc(floors.level));
}

export async function findFloor(db: DbOrTx, id: string) {
  return (await db.select().from(floors).where(eq(floors.id, id)).limit(1))[0] ?? null;
}

export async function insertFloors(db: DbOrTx, rows: (typeof floors.$inferInsert)[]) {
  if (rows.length) await db.insert(floors).values(rows);
}

export async function deleteFloors(db: DbOrTx, buildingId: string, levels: number[]) {
  if (levels.length) await db.delete(floors).where(and(eq(floors.buildingId, buildingId), inArray(floors.level, levels)));
}

// ---------- organizations ----------

export const ORGANIZATION_ORDER = [organizations.name, organizations.id];
export async function listOrganizations(
  db: DbOrTx,
  f: { v: Visibility; ownId: string | null; q?: string; kind?: string; after?: unknown[]; limit: number },
) {
  return db
    .select()
    .from(organizations)
    .where(
      and(
        visible(organizations, f.v, f.ownId ? eq(organizations.id, f.ownId) : undefined),
        search(f.q, organizations.name, organizations.shortName),
        f.kind ? eq(organizations.kind, f.kind as OrganizationRow['kind']) : undefined,
        after(ORGANIZATION_ORDER, f.after),
      ),
    )
    .orderBy(...ORGANIZATION_ORDER.map(asc))
    .limit(f.limit);
}

export async function findOrganization(db: DbOrTx, id: string) {
  return (await db.select().from(organizations).where(eq(organizations.id, id)).limit(1))[0] ?? null;
}

export async function insertOrganization(db: DbOrTx, row: typeof organizations.$inferInsert) {
  return (await db.insert(organizations).values(row).returning())[0]!;
}

export async function updateOrganization(db: DbOrTx, id: string, patch: Partial<typeof organizations.$inferInsert>) {
  return (
    await db
      .update(organizations)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .returning()
  )[0]!;
}

export async function deleteOrganization(db: DbOrTx, id: string) {
  await db.delete(organizations).where(eq(organizations.id, id));
}

// ---------- units ----------

const unitColumns = {
  ...getTableColumns(units),
  buildingName: buildings.name,
  floorLabel: floors.label,
  organizationName: organizations.name,
};
function unitsQuery(db: DbOrTx) {
  return db
    .select(unitColumns)
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .leftJoin(floors, eq(floors.id, units.floorId))
    .leftJoin(organizations, eq(organizations.id, units.organizationId));
}
export type UnitView = Awaited<ReturnType<typeof findUnit>> & {};

export const UNIT_ORDER = [units.code, units.id];
export async function listUnits(
  db: DbOrTx,
  f: { v: Visibility; ownId: string | null; q?: string; buildingId?: string; organizationId?: string; after?: unknown[]; limit: number },
) {
  return unitsQuery(db)
    .where(
      and(
        visible(units, f.v, f.ownId ? eq(units.id, f.ownId) : undefined),
        search(f.q, units.code, units.name),
        f.buildingId ? eq(units.buildingId, f.buildingId) : undefined,
        f.organizationId ? eq(units.organizationId, f.organizationId) : undefined,
        after(UNIT_ORDER, f.after),
      ),
    )
    .orderBy(...UNIT_ORDER.map(asc))
    .limit(f.limit);
}

export async function findUnit(db: DbOrTx, id: string) {
  return (await unitsQuery(db).where(eq(units.id, id)).limit(1))[0] ?? null;
}

export async function insertUnit(db: DbOrTx, row: typeof units.$inferInsert) {
  return (await db.insert(units).values(row).returning())[0]!;
}

export async function updateUnit(db: DbOrTx, id: string, patch: Partial<typeof units.$inferInsert>) {
  await db
    .update(units)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(units.id, id));
}

export async function deleteUnit(db: DbOrTx, id: string) {
  await db.delete(units).where(eq(units.id, id));
}

// ---------- venues ----------

const venueColumns = {
  ...getTableColumns(venues),
  buildingName: buildings.name,
  floorLabel: floors.label,
  propertySettings: properties.settings,
};
function venuesQuery(db: DbOrTx) {
  return db
    .select(venueColumns)
    .from(venues)
    .innerJoin(buildings, eq(buildings.id, venues.buildingId))
    .innerJoin(properties, eq(properties.id, venues.propertyId))
    .leftJoin(floors, eq(floors.id, venues.floorId));
}
export type VenueView = NonNullable<Awaited<ReturnType<typeof findVenue>>>;

export const VENUE_ORDER = [venues.code, venues.id];
export interface VenueFilter {
  v: Visibility;
  q?: string;
  buildingId?: string;
  venueClass?: string;
  minSeats?: number;
  equipment?: string[];
  bookable?: boolean;
  after?: unknown[];
  limit: number;
}
export async function listVenues(db: DbOrTx, f: VenueFilter) {
  return venuesQuery(db)
    .where(
      and(
        visible(venues, f.v, eq(venues.bookable, true)),
        search(f.q, venues.code, venues.name),
        f.buildingId ? eq(venues.buildingId, f.buildingId) : undefined,
        f.venueClass ? eq(venues.venueClass, f.venueClass as VenueRow['venueClass']) : undefined,
        f.minSeats !== undefined ? sql`${venues.seats} >= ${f.minSeats}` : undefined,
        f.equipment?.length ? sql`${venues.equipment} @> ${JSON.stringify(f.equipment.map((code) => ({ code })))}::jsonb` : undefined,
        f.bookable !== undefined ? eq(venues.bookable, f.bookable) : undefined,
        after(VENUE_ORDER, f.after),
      ),
    )
    .orderBy(...VENUE_ORDER.map(asc))
    .limit(f.limit);
}

export async function findVenue(db: DbOrTx, id: string) {
  return (await venuesQuery(db).where(eq(venues.id, id)).limit(1))[0] ?? null;
}

export async function insertVenue(db: DbOrTx, row: typeof venues.$inferInsert) {
  return (await db.insert(venues).values(row).returning())[0]!;
}

export async function updateVenue(db: DbOrTx, id: string, patch: Partial<typeof venues.$inferInsert>) {
  await db
    .update(venues)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(venues.id, id));
}

/** Replaces a venue's links, managers or allowed organizations (whichever are given). */
export async function setVenueRelations(
  db: DbOrTx,
  venueId: string,
  r: { linkedVenueIds?: string[]; managerUserIds?: string[]; allowedOrganizationIds?: string[] },
) {
  if (r.linkedVenueIds) {
    await db.delete(venueLinks).where(eq(venueLinks.venueId, venueId));
    if (r.linkedVenueIds.length) await db.insert(venueLinks).values(r.linkedVenueIds.map((linkedVenueId) => ({ venueId, linkedVenueId })));
  }
  if (r.managerUserIds) {
    await db.delete(venueManagers).where(eq(venueManagers.venueId, venueId));
    if (r.managerUserIds.length) await db.insert(venueManagers).values(r.managerUserIds.map((userId) => ({ venueId, userId })));
  }
  if (r.allowedOrganizationIds) {
    await db.delete(venueAllowedOrganizations).where(eq(venueAllowedOrganizations.venueId, venueId));
    if (r.allowedOrganizationIds.length)
      await db.insert(venueAllowedOrganizations).values(r.allowedOrganizationIds.map((organizationId) => ({ venueId, organizationId })));
  }
}

/** Links, managers and allowed organizations of many venues at once, sorted for stable output. */
export async function venueRelations(db: DbOrTx, venueIds: string[]) {
  if (!venueIds.length) return { links: [], managers: [], allowed: [] };
  const [links, managers, allowed] = await Promise.all([
    db
      .select({ venueId: venueLinks.venueId, id: venues.id, code: venues.code, name: venues.name })
      .from(venueLinks)
      .innerJoin(venues, eq(venues.id, venueLinks.linkedVenueId))
      .where(inArray(venueLinks.venueId, venueIds))
      .orderBy(asc(venues.code)),
    db
      .select({ venueId: venueManagers.venueId, id: users.id, displayName: users.displayName })
      .from(venueManagers)
      .innerJoin(users, eq(users.id, venueManagers.userId))
      .where(inArray(venueManagers.venueId, venueIds))
      .orderBy(asc(users.displayName), asc(users.id)),
    db
      .select({ venueId: venueAllowedOrganizations.venueId, id: organizations.id, name: organizations.name })
      .from(venueAllowedOrganizations)
      .innerJoin(organizations, eq(organizations.id, venueAllowedOrganizations.organizationId))
      .where(inArray(venueAllowedOrganizations.venueId, venueIds))
      .orderBy(asc(organizations.name)),
  ]);
  return { links, managers, allowed };
}
