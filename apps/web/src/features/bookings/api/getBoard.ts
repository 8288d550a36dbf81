import type { BoardView, VenueClass } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

/** What part of the property a board shows: one building, one venue class, venues with this equipment (all: the whole property). */
export interface BoardScope {
  buildingId?: string;
  venueClass?: VenueClass;
  equipment?: string[];
}

/** GET /bookings/board: the venues of `scope` with their holds for 1 or 7 days from `date` (local). */
export const getBoard = (propertyId: string | null, date: string, days: number, scope: BoardScope = {}) =>
  api.get<BoardView>(
    `/bookings/board${qs({
      propertyId,
      date,
      days,
      buildingId: scope.buildingId,
      venueClass: scope.venueClass,
      equipment: scope.equipment?.length ? scope.equipment.join(',') : undefined,
    })}`,
  );
