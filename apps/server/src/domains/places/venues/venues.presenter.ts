/** The JSON shapes of places records (every field picked by name) with what the reader may do to them. */
import type { Layout, LeadTimeSetting, VenueClass, VenueEquipmentLine, VenueLayoutLine, VenueType } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import { effectiveLeadTime } from '../../bookings/index.ts';
import type * as repo from './venues.repository.ts';
import { propertyPolicies, recordPolicies } from '../resource/resource.policy.ts';

export const presentProperty = (actor: Actor, p: repo.PropertyRow) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  address: p.address,
  timeZone: p.timeZone,
  workStart: p.workStart,
  workEnd: p.workEnd,
  settings: p.settings,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  policies: propertyPolicies(actor, p.id),
});

export const presentFloor = (f: repo.FloorRow) => ({ id: f.id, level: f.level, label: f.label });

export const presentBuilding = (actor: Actor, b: repo.BuildingRow, fl?: repo.FloorRow[]) => ({
  id: b.id,
  propertyId: b.propertyId,
  code: b.code,
  name: b.name,
  floorsAbove: b.floorsAbove,
  floorsBelow: b.floorsBelow,
  sort: b.sort,
  createdAt: b.createdAt.toISOString(),
  updatedAt: b.updatedAt.toISOString(),
  ...(fl ? { floors: fl.map(presentFloor) } : {}),
  policies: recordPolicies(actor, b.propertyId),
});

export const presentOrganization = (actor: Actor, o: repo.OrganizationRow) => ({
  id: o.id,
  propertyId: o.propertyId,
  name: o.name,
  shortName: o.shortName,
  kind: o.kind,
  contactName: o.contactName,
  contactPhone: o.contactPhone,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
  policies: recordPolicies(actor, o.propertyId),
});

export const presentUnit = (actor: Actor, u: repo.UnitView) => ({
  id: u.id,
  propertyId: u.propertyId,
  buildingId: u.buildingId,
  floorId: u.floorId,
  code: u.code,
  name: u.name,
  households: u.households,
  organizationId: u.organizationId,
  phone: u.phone,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
  buildingName: u.buildingName,
  floorLabel: u.floorLabel,
  organizationName: u.organizationName,
  policies: recordPolicies(actor, u.propertyId),
});

export type VenueRelations = Awaited<ReturnType<typeof repo.venueRelations>>;
/** The relation rows of one venue, without the venue id they were grouped by. */
export const relationsOf = <T extends { venueId: string }>(list: T[], venueId: string) =>
  list.filter((x) => x.venueId === venueId).map(({ venueId: _v, ...rest }) => rest);

export function presentVenue(actor: Actor, v: repo.VenueView, rel: VenueRelations) {
  const settings = v.propertySettings as { leadTimes?: Partial<Record<VenueClass, LeadTimeSetting>> };
  return {
    id: v.id,
    propertyId: v.propertyId,
    buildingId: v.buildingId,
    floorId: v.floorId,
    code: v.code,
    name: v.name,
    venueType: v.venueType as VenueType,
    venueClass: v.venueClass,
    seats: v.seats,
    minAttendees: v.minAttendees,
    layouts: v.layouts as VenueLayoutLine[],
    defaultLayout: v.defaultLayout as Layout | null,
    equipment: v.equipment as VenueEquipmentLine[],
    leadTime: v.leadTime,
    openFrom: v.openFrom,
    openTo: v.openTo,
    bookable: v.bookable,
    restricted: v.restricted,
    description: v.description,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
    buildingName: v.buildingName,
    floorLabel: v.floorLabel,
    effectiveLeadTime: effectiveLeadTime({ venueClass: v.venueClass, leadTime: v.leadTime as LeadTimeSetting | null }, settings),
    linkedVenues: relationsOf(rel.links, v.id),
    managers: relationsOf(rel.managers, v.id),
    allowedOrganizations: relationsOf(rel.allowed, v.id),
    policies: recordPolicies(actor, v.propertyId, v.bookable),
  };
}
