/** Pure rules of a venue: no I/O, tested table-driven in places.rules.test.ts. */
import type { ProblemField } from '@hy/contracts';
import { minutesOf } from '../../../lib/time-of-day.ts';

export interface VenueShape {
  seats: number;
  minAttendees: number | null;
  layouts: { layout: string; capacity: number }[];
  defaultLayout: string | null;
  equipment: { code: string }[];
  openFrom: string;
  openTo: string;
  restricted: boolean;
  allowedOrganizationIds: string[];
  linkedVenueIds: string[];
}

/**
 * The rules a venue (after a create or a merged update) must satisfy. Returns every broken rule
 * as a field error; an empty list means valid. `selfId` is the venue's own id on update.
 */
export function venueErrors(v: VenueShape, selfId?: string): ProblemField[] {
  const out: ProblemField[] = [];
  const err = (path: string, message: string, code: string) => out.push({ path, message, code });
  const seen = new Set<string>();
  v.layouts.forEach((l, i) => {
    if (seen.has(l.layout)) err(`layouts.${i}.layout`, `layout ${l.layout} listed twice`, 'duplicate_layout');
    seen.add(l.layout);
  });
  if (v.defaultLayout !== null && !seen.has(v.defaultLayout))
    err('defaultLayout', 'defaultLayout must be one of the layouts', 'not_in_layouts');
  const codes = new Set<string>();
  v.equipment.forEach((e, i) => {
    if (codes.has(e.code)) err(`equipment.${i}.code`, `equipment ${e.code} listed twice`, 'duplicate_equipment');
    codes.add(e.code);
  });
  if (minutesOf(v.openFrom) >= minutesOf(v.openTo)) err('openTo', 'openTo must be later than openFrom', 'open_hours');
  const maxCapacity = Math.max(v.seats, ...v.layouts.map((l) => l.capacity));
  if (v.minAttendees !== null && v.minAttendees > maxCapacity) err('minAttendees', 'minAttendees exceeds the capacity', 'min_attendees');
  if (!v.restricted && v.allowedOrganizationIds.length)
    err('allowedOrganizationIds', 'only a restricted venue has allowed organizations', 'not_restricted');
  if (selfId && v.linkedVenueIds.includes(selfId)) err('linkedVenueIds', 'a venue cannot be linked to itself', 'self_link');
  return out;
}
