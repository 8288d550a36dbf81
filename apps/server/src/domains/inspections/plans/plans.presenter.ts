/** The JSON shapes of plans and checkpoints (fields picked by name). */
import type { Checkpoint, CheckItem, PlanSummary } from '@hy/contracts';
import type { CheckpointRow, ItemRow, PlanRow } from './plans.repository.ts';

export const presentItem = (i: ItemRow): CheckItem => ({
  id: i.id,
  position: i.position,
  label: i.label,
  kind: i.kind,
  minValue: i.minValue,
  maxValue: i.maxValue,
  unit: i.unit,
  photoRequired: i.photoRequired,
  category: i.category,
});

export const presentCheckpoint = (c: CheckpointRow, items: ItemRow[]): Checkpoint => ({
  id: c.id,
  position: c.position,
  name: c.name,
  location: c.location,
  qrToken: c.qrToken,
  items: items.filter((i) => i.checkpointId === c.id).map(presentItem),
});

export const presentPlanSummary = (p: PlanRow, n: { checkpoints: number; items: number } | undefined, manage: boolean): PlanSummary => ({
  id: p.id,
  propertyId: p.propertyId,
  name: p.name,
  area: p.area,
  kind: p.kind,
  rrule: p.rrule,
  windowStart: p.windowStart,
  windowEnd: p.windowEnd,
  leadMinutes: p.leadMinutes,
  workdaysOnly: p.workdaysOnly,
  assigneeId: p.assigneeId,
  assigneeName: p.assigneeName,
  assigneeRole: p.assigneeRole,
  active: p.active,
  notes: p.notes,
  checkpointCount: n?.checkpoints ?? 0,
  itemCount: n?.items ?? 0,
  policies: { manage },
});
