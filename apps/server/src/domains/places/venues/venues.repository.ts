/** All SQL of venues, their relations (links, managers, allowed organizations) and the staff who may manage one: one function per query. */
import { and, asc, eq, inArray, notInArray, sql, getTableColumns } from 'drizzle-orm';
import { OUTSIDE_ROLES } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  properties,
  buildings,
  floors,
  organizations,
  venues,
  venueLinks,
  venueManagers,
  venueAllowedOrganizations,
  users,
  userRoles,
} from '../../../db/schema/index.ts';
import { after, search, visible, type Visibility } from '../resource/resource.repository.ts';

export type VenueRow = typeof venues.$inferSelect;

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
