/**
 * One key factory for places data, hierarchical: a prefix invalidates every variant under it
 * (`organizations(pid)` refetches the full list and every filtered page of that property).
 */
export const placesKeys = {
  all: ['places'] as const,
  property: (pid: string | null) => [...placesKeys.all, pid] as const,
  /** The property record itself (settings, work hours). */
  propertyRecord: (pid: string | null) => [...placesKeys.property(pid), 'record'] as const,
  buildings: (pid: string | null) => [...placesKeys.property(pid), 'buildings'] as const,
  buildingList: (pid: string | null) => [...placesKeys.buildings(pid), 'list'] as const,
  building: (pid: string | null, id: string | null | undefined) => [...placesKeys.buildings(pid), 'one', id] as const,
  organizations: (pid: string | null) => [...placesKeys.property(pid), 'organizations'] as const,
  organizationList: (pid: string | null, filters: Record<string, unknown> = {}) => [...placesKeys.organizations(pid), filters] as const,
  units: (pid: string | null) => [...placesKeys.property(pid), 'units'] as const,
  unitList: (pid: string | null, filters: Record<string, unknown>) => [...placesKeys.units(pid), filters] as const,
  venues: (pid: string | null) => [...placesKeys.property(pid), 'venues'] as const,
  venueList: (pid: string | null, filters: Record<string, unknown> = {}) => [...placesKeys.venues(pid), filters] as const,
  staff: (pid: string | null) => [...placesKeys.property(pid), 'staff'] as const,
};
