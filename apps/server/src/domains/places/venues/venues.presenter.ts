/** The JSON shape of a venue (every field picked by name) with its relations and what the reader may do to it. */
import type { Layout, LeadTimeSetting, VenueClass, VenueEquipmentLine, VenueLayoutLine, VenueType } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import { effectiveLeadTime } from '../../bookings/index.ts';
import type * as repo from './venues.repository.ts';
import { recordPolicies } from '../resource/resource.policy.ts';

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
