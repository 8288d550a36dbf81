/** The JSON shapes of a handover and its items (every field picked by name) with what the reader may do. */
import type { HandoverItem, ShiftHandover, ShiftHandoverSummary } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { HandoverItemRow, HandoverRow, HandoverTally } from './handover.repository.ts';

export const presentItem = (i: HandoverItemRow): HandoverItem => ({
  id: i.id,
  position: i.position,
  kind: i.kind,
  refId: i.refId,
  title: i.title,
  detail: i.detail,
  at: i.at?.toISOString() ?? null,
  flagged: i.flagged,
  ackedAt: i.ackedAt?.toISOString() ?? null,
  ackedByName: i.ackedByName,
  remark: i.remark,
});

export function presentSummary(actor: Actor, h: HandoverRow, t: HandoverTally): ShiftHandoverSummary {
  const takeOver = h.state === 'submitted' && h.writtenBy !== actor.id && can(actor, h.propertyId, 'frontdesk.handover');
  return {
    id: h.id,
    propertyId: h.propertyId,
    shift: h.shift,
    shiftName: h.shiftName,
    shiftStart: h.shiftStart.toISOString(),
    shiftEnd: h.shiftEnd.toISOString(),
    state: h.state,
    writtenByName: h.writtenByName,
    submittedAt: h.submittedAt.toISOString(),
    notes: h.notes,
    counts: h.counts,
    itemCount: t.items,
    pendingCount: t.pending,
    acceptedByName: h.acceptedByName,
    acceptedAt: h.acceptedAt?.toISOString() ?? null,
    acceptRemark: h.acceptRemark,
    alertedAt: h.alertedAt?.toISOString() ?? null,
    policies: { acknowledge: takeOver && t.pending > 0, accept: takeOver && t.pending === 0 },
  };
}

export const presentHandover = (actor: Actor, h: HandoverRow, items: HandoverItemRow[]): ShiftHandover => ({
  ...presentSummary(actor, h, { items: items.length, pending: items.filter((i) => !i.ackedAt).length }),
  items: items.map(presentItem),
});
