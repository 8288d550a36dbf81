/** The JSON shape of an executive-floor request (every field picked by name) with what the reader may do. */
import type { ExecutiveRequest } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import type { RequestView } from './executive-floor.repository.ts';
import { isOverdue, nextStatus } from './executive-floor.rules.ts';
import { mayCancel, mayWork } from './executive-floor.policy.ts';

export function presentRequest(actor: Actor, v: RequestView, now: Date): ExecutiveRequest {
  const r = v.r;
  const work = mayWork(actor, r);
  return {
    id: r.id,
    propertyId: r.propertyId,
    executiveId: r.executiveId,
    executiveName: v.executiveName,
    executiveTitle: v.executiveTitle,
    location: v.location,
    kind: r.kind,
    department: r.department,
    detail: r.detail,
    whenOut: r.whenOut,
    windowFrom: r.windowFrom?.toISOString() ?? null,
    windowTo: r.windowTo?.toISOString() ?? null,
    dueAt: r.dueAt.toISOString(),
    via: r.via,
    status: r.status,
    overdue: isOverdue(r, now),
    requestedByName: v.requestedByName,
    createdAt: r.createdAt.toISOString(),
    acceptedByName: v.acceptedByName,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    doneByName: v.doneByName,
    doneAt: r.doneAt?.toISOString() ?? null,
    note: r.note,
    policies: {
      accept: work && nextStatus(r.status, 'accept') !== null,
      complete: work && nextStatus(r.status, 'complete') !== null,
      cancel: mayCancel(actor, r) && nextStatus(r.status, 'cancel') !== null,
    },
  };
}
