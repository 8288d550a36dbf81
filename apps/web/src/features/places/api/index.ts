/** Places API: record shapes and query helpers shared by the venue, building and organization pages. */
import { useQuery } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import type { EquipmentCode, Layout, LeadTimeSetting, OrganizationKind, RecordPolicies, VenueClass, VenueType } from '@hy/contracts';
import { OUTSIDE_ROLES } from '@hy/contracts';
import { api, ApiError, getAll } from '../../../lib/api';

export { getAll };
import { applyProblem } from '../../../lib/errors';

export interface Floor {
  id: string;
  level: number;
  label: string;
}
export interface Building {
  id: string;
  propertyId: string;
  code: string;
  name: string;
  floorsAbove: number;
  floorsBelow: number;
  sort: number;
  createdAt: string;
  updatedAt: string;
  floors?: Floor[];
  policies: RecordPolicies;
}
export interface Organization {
  id: string;
  propertyId: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  contactName: string | null;
  contactPhone: string | null;
  createdAt: string;
  updatedAt: string;
  policies: RecordPolicies;
}
export interface Unit {
  id: string;
  propertyId: string;
  buildingId: string;
  floorId: string | null;
  code: string;
  name: string | null;
  households: number;
  organizationId: string | null;
  phone: string | null;
  buildingName: string;
  floorLabel: string | null;
  organizationName: string | null;
  createdAt: string;
  updatedAt: string;
  policies: RecordPolicies;
}
export interface VenueLayout {
  layout: Layout;
  capacity: number;
  setupMinutes: number;
  cleanupMinutes: number;
}
export interface Venue {
  id: string;
  propertyId: string;
  buildingId: string;
  floorId: string | null;
  code: string;
  name: string;
  venueType: VenueType;
  venueClass: VenueClass;
  seats: number;
  minAttendees: number | null;
  layouts: VenueLayout[];
  defaultLayout: Layout | null;
  equipment: { code: EquipmentCode; qty: number }[];
  leadTime: LeadTimeSetting | null;
  openFrom: string;
  openTo: string;
  bookable: boolean;
  restricted: boolean;
  description: string | null;
  buildingName: string;
  floorLabel: string | null;
  createdAt: string;
  updatedAt: string;
  effectiveLeadTime: LeadTimeSetting & { source: 'venue' | 'class' };
  linkedVenues: { id: string; code: string; name: string }[];
  managers: { id: string; displayName: string }[];
  allowedOrganizations: { id: string; name: string }[];
  policies: RecordPolicies;
}
export interface UserLite {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: { propertyId: string; role: string }[];
}

export const placesKeys = {
  buildings: (pid: string | null) => ['places', 'buildings', pid] as const,
  building: (id: string | null | undefined) => ['places', 'building', id] as const,
  organizations: (pid: string | null) => ['places', 'organizations', pid] as const,
  units: (pid: string | null, buildingId?: string | null) => ['places', 'units', pid, buildingId ?? null] as const,
  venues: (pid: string | null) => ['places', 'venues', pid] as const,
};

export function useBuildings(propertyId: string | null) {
  return useQuery({
    queryKey: placesKeys.buildings(propertyId),
    queryFn: () => getAll<Building>('/buildings', { propertyId }),
    enabled: !!propertyId,
  });
}

export function useFloors(buildingId: string | null | undefined) {
  return useQuery({
    queryKey: placesKeys.building(buildingId),
    queryFn: () => api.get<Building>(`/buildings/${buildingId}`),
    enabled: !!buildingId,
    select: (b) => b.floors ?? [],
  });
}

export function useOrganizations(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: placesKeys.organizations(propertyId),
    queryFn: () => getAll<Organization>('/organizations', { propertyId }),
    enabled: !!propertyId && enabled,
  });
}

/** Staff of the property (venue managers); admins only. */
export function useStaffUsers(propertyId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'staff', propertyId],
    queryFn: async () => {
      const users = await getAll<UserLite>('/users', { propertyId });
      return users.filter(
        (u) => !u.disabled && u.roles.some((r) => r.propertyId === propertyId && !OUTSIDE_ROLES.includes(r.role as never)),
      );
    },
    enabled: !!propertyId && enabled,
  });
}

/**
 * Server field errors on the form. Paths into id lists ('linkedVenueIds.2') go on the list field;
 * returns the message for everything else.
 */
export function showProblem(err: unknown, form: FormInstance, fallback: string): string {
  if (err instanceof ApiError && err.problem.fields?.length) {
    const listFields = ['linkedVenueIds', 'managerUserIds', 'allowedOrganizationIds'];
    const extra = err.problem.fields.filter((f) => listFields.includes(f.path.split('.')[0]!) && f.path.includes('.'));
    if (extra.length) form.setFields(extra.map((f) => ({ name: f.path.split('.')[0]!, errors: [f.message] })));
  }
  return applyProblem(err, form, fallback);
}

/** Empty strings → null for optional text fields. */
export function nullIfEmpty<T extends Record<string, unknown>>(v: T, keys: (keyof T)[]): T {
  const out = { ...v };
  for (const k of keys) if (out[k] === '' || out[k] === undefined) (out as Record<string, unknown>)[k as string] = null;
  return out;
}
