import { useMemo } from 'react';
import type { VenueClass } from '@hy/contracts';
import type { Venue } from '../../places/api';
import { maxCapacity } from './board';

/** The board's venue filters: building, class, least capacity, equipment it must have. */
export interface VenueFilters {
  buildingId?: string;
  venueClass?: VenueClass;
  minCapacity?: number | null;
  equipment: string[];
}

/** The venues the filters let through, grouped by building; and every building, for the filter. */
export function useBoardVenues(venues: Venue[] | undefined, filters: VenueFilters) {
  const shown = useMemo(
    () =>
      (venues ?? []).filter(
        (v) =>
          (!filters.buildingId || v.buildingId === filters.buildingId) &&
          (!filters.venueClass || v.venueClass === filters.venueClass) &&
          (!filters.minCapacity || maxCapacity(v) >= filters.minCapacity) &&
          filters.equipment.every((e) => v.equipment.some((x) => x.code === e)),
      ),
    [venues, filters],
  );
  const groups = useMemo(() => {
    const m = new Map<string, { name: string; list: Venue[] }>();
    for (const v of shown) {
      const g = m.get(v.buildingId) ?? { name: v.buildingName, list: [] };
      g.list.push(v);
      m.set(v.buildingId, g);
    }
    return [...m.values()];
  }, [shown]);
  const buildings = useMemo(() => {
    const m = new Map<string, string>();
    for (const v of venues ?? []) m.set(v.buildingId, v.buildingName);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [venues]);
  return { shown, groups, buildings };
}
