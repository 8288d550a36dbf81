/** The JSON shapes of rounds and their visits (fields picked by name). */
import type { FileRef, RoundSummary, RoundVisit } from '@hy/contracts';
import type { RoundRow } from './rounds.repository.ts';
import type { inspectionResults, inspectionVisits } from '../../../db/schema/index.ts';

export const presentRoundSummary = (r: RoundRow): RoundSummary => ({
  id: r.id,
  propertyId: r.propertyId,
  planId: r.planId,
  planName: r.planName,
  area: r.area,
  kind: r.kind,
  dueDate: r.dueDate,
  windowStart: r.windowStart.toISOString(),
  windowEnd: r.windowEnd.toISOString(),
  assigneeId: r.assigneeId,
  assigneeName: r.assigneeName,
  reassignedFromName: r.reassignedFromName,
  state: r.state,
  late: r.late,
  startedAt: r.startedAt?.toISOString() ?? null,
  completedAt: r.completedAt?.toISOString() ?? null,
  checkpointCount: r.checkpointCount,
  visitedCount: r.visitedCount,
  failedCount: r.failedCount,
  pickedCount: r.pickedCount,
});

export const presentVisit = (
  v: typeof inspectionVisits.$inferSelect,
  results: (typeof inspectionResults.$inferSelect)[],
  files: ReadonlyMap<string, object>,
): RoundVisit => ({
  id: v.id,
  checkpointId: v.checkpointId,
  method: v.method,
  pickReason: v.pickReason,
  visitedAt: v.visitedAt.toISOString(),
  visitedByName: v.visitedByName,
  note: v.note,
  results: results
    .filter((r) => r.visitId === v.id)
    .map((r) => ({
      checkItemId: r.checkItemId,
      outcome: r.outcome,
      valueNumber: r.valueNumber,
      valueText: r.valueText,
      photoFileIds: r.photoFileIds,
      photos: r.photoFileIds.flatMap((id) => (files.has(id) ? [files.get(id) as FileRef] : [])),
      note: r.note,
    })),
});
