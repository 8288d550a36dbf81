/** What the hotels use-cases share: the live publish of a write, a guest's default stay in the property's days. */
import { publish } from '../../notifications/index.ts';
import type { EventRow } from '../event/event.repository.ts';
import { localDay } from '../events.shared.ts';
import type * as repo from './hotels.repository.ts';
import { defaultStay } from './hotels.rules.ts';

export const published = (tx: Parameters<typeof publish>[0], e: EventRow) =>
  publish(tx, { type: 'event', topic: 'event.hotels', propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

/** A guest's default stay in the property's days. */
export const stayOf = (g: repo.GuestRow, e: EventRow, tz: string) =>
  defaultStay(
    {
      arrivalDay: g.arrivalAt ? localDay(g.arrivalAt, tz) : null,
      departureDay: g.departureAt ? localDay(g.departureAt, tz) : null,
      attendDays: g.attendDays,
    },
    e,
  );
