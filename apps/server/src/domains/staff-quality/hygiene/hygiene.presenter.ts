/** The JSON shape of a hygiene inspection sheet (fields picked by name). */
import type { HygieneInspection } from '@hy/contracts';
import type { InspectionRow, ItemRow } from './hygiene.repository.ts';
import { periodOf } from './hygiene.rules.ts';

export const presentInspection = (r: InspectionRow, items: ItemRow[]): HygieneInspection => ({
  id: r.id,
  propertyId: r.propertyId,
  level: r.level,
  area: r.area,
  periodStart: r.periodStart,
  periodEnd: periodOf(r.level, r.periodStart).end,
  inspectedOn: r.inspectedOn,
  inspectedAt: r.inspectedAt.toISOString(),
  inspectorName: r.inspectorName,
  score: r.score,
  remarks: r.remarks,
  photoIds: r.photoIds,
  items: items.map((i) => ({ code: i.code, points: i.points, deduction: i.deduction, note: i.note })),
});
