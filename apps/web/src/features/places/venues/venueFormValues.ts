/** The venue form's values: from a venue (or the defaults of a new one) and back into the request body. */
import dayjs, { type Dayjs } from 'dayjs';
import type { LeadTimeSetting, VenueClass, VenueLayoutLine as VenueLayout } from '@hy/contracts';
import type { Venue } from '../api';

export interface VenueFormValues {
  code: string;
  name: string;
  buildingId: string;
  floorId?: string | null;
  venueType: string;
  venueClass: VenueClass;
  seats: number;
  minAttendees?: number | null;
  layouts: Partial<VenueLayout>[];
  defaultLayout?: string | null;
  equipment: { code?: string; qty?: number }[];
  leadMode: 'class' | 'custom';
  leadTime?: Partial<LeadTimeSetting>;
  openFrom: Dayjs;
  openTo: Dayjs;
  bookable: boolean;
  restricted: boolean;
  allowedOrganizationIds: string[];
  linkedVenueIds: string[];
  managerUserIds: string[];
  description?: string;
}

const hm = (s: string) => dayjs(s, 'HH:mm');

export function initialValues(v: Venue | null): Partial<VenueFormValues> {
  if (!v) {
    return {
      venueClass: 'A',
      venueType: 'discussion_room',
      layouts: [{ layout: 'discussion', capacity: 20, setupMinutes: 30, cleanupMinutes: 30 }],
      equipment: [],
      leadMode: 'class',
      leadTime: { value: 1, unit: 'hours' },
      openFrom: hm('07:00'),
      openTo: hm('22:00'),
      bookable: true,
      restricted: false,
      allowedOrganizationIds: [],
      linkedVenueIds: [],
      managerUserIds: [],
    };
  }
  return {
    code: v.code,
    name: v.name,
    buildingId: v.buildingId,
    floorId: v.floorId,
    venueType: v.venueType,
    venueClass: v.venueClass,
    seats: v.seats,
    minAttendees: v.minAttendees,
    layouts: v.layouts,
    defaultLayout: v.defaultLayout,
    equipment: v.equipment,
    leadMode: v.leadTime ? 'custom' : 'class',
    leadTime: v.leadTime ?? ({ ...v.effectiveLeadTime, source: undefined } as LeadTimeSetting),
    openFrom: hm(v.openFrom),
    openTo: hm(v.openTo),
    bookable: v.bookable,
    restricted: v.restricted,
    allowedOrganizationIds: v.allowedOrganizations.map((o) => o.id),
    linkedVenueIds: v.linkedVenues.map((x) => x.id),
    managerUserIds: v.managers.map((m) => m.id),
    description: v.description ?? '',
  };
}

export function toBody(v: VenueFormValues) {
  return {
    code: v.code?.trim(),
    name: v.name?.trim(),
    buildingId: v.buildingId,
    floorId: v.floorId ?? null,
    venueType: v.venueType,
    venueClass: v.venueClass,
    seats: v.seats,
    minAttendees: v.minAttendees ?? null,
    layouts: (v.layouts ?? [])
      .filter((l) => l.layout)
      .map((l) => ({ layout: l.layout, capacity: l.capacity, setupMinutes: l.setupMinutes ?? 0, cleanupMinutes: l.cleanupMinutes ?? 0 })),
    defaultLayout: v.defaultLayout && (v.layouts ?? []).some((l) => l.layout === v.defaultLayout) ? v.defaultLayout : null,
    equipment: (v.equipment ?? []).filter((e) => e.code).map((e) => ({ code: e.code, qty: e.qty ?? 1 })),
    leadTime: v.leadMode === 'custom' && v.leadTime ? { value: v.leadTime.value, unit: v.leadTime.unit } : null,
    openFrom: v.openFrom?.format('HH:mm'),
    openTo: v.openTo?.format('HH:mm'),
    bookable: !!v.bookable,
    restricted: !!v.restricted,
    allowedOrganizationIds: v.restricted ? (v.allowedOrganizationIds ?? []) : [],
    linkedVenueIds: v.linkedVenueIds ?? [],
    managerUserIds: v.managerUserIds ?? [],
    description: v.description?.trim() || null,
  };
}
