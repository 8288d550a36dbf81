/** The JSON shapes of a series and of its checked occurrences (every field picked by name). */
import type { Occurrence } from './series.rules.ts';
import type { SeriesRow } from './series.repository.ts';
import type { Conflicts } from '../holds/holds.service.ts';

/** An occurrence as checked: its status ('ok', 'skipped', 'excluded' or the problem's code), the detail, the clashes. */
export const presentItem = (i: Occurrence & { status: string; detail?: string; conflicts?: Conflicts }) => ({
  date: i.date,
  start: i.start.toISOString(),
  end: i.end.toISOString(),
  status: i.status,
  detail: i.detail ?? null,
  ...(i.conflicts ? { conflicts: i.conflicts.conflicts, closures: i.conflicts.closures } : {}),
});

export function presentSeries(s: SeriesRow) {
  return {
    id: s.id,
    propertyId: s.propertyId,
    venueId: s.venueId,
    rrule: s.rrule,
    dtstart: s.dtstart.toISOString(),
    until: s.untilAt?.toISOString() ?? null,
    count: s.count,
    durationMinutes: s.durationMinutes,
    exdates: s.exdates,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    cancelledAt: s.cancelledAt?.toISOString() ?? null,
    cancelReason: s.cancelReason,
  };
}
