/**
 * Case sources: a case opened from another record (a patrol finding) keeps where it came from, and one source
 * opens one case (a unique index; the second → 409). The caller passes its transaction: the case, its source
 * and its work order are written with the caller's own record, or none of them.
 */
import type { Tx, Db } from '../../../db/client.ts';
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { can, requireActor } from '../../../lib/context.ts';
import { loadCase } from '../case/case.service.ts';
import { createCase } from '../intake/intake.service.ts';
import { issueWorkOrder } from '../work-orders/work-orders.service.ts';
import * as repo from './sources.repository.ts';

export type CaseSourceKind = 'inspection_finding';

export interface SourcedRepair {
  propertyId: string;
  source: { kind: CaseSourceKind; id: string; label: string };
  content: string;
  location: string | null;
  contactName: string;
  emergency: boolean;
  photoIds?: string[];
}

/** Thrown when the source has a case already (the caller answers 409 in its own words). */
export class SourceTaken extends Error {}

/**
 * Opens the repair case (channel 'patrol') from `source` inside `tx`, and issues its work order when the actor
 * may dispatch (otherwise the case waits in the dispatcher's queue like any repair). Returns the case id.
 */
export async function openSourcedRepair(tx: Tx, ctx: Ctx, r: SourcedRepair): Promise<{ caseId: string; workOrderIssued: boolean }> {
  const actor = requireActor(ctx);
  const inTx: Ctx = { ...ctx, db: tx as unknown as Db };
  if (await repo.caseOfSource(tx, r.source.kind, r.source.id)) throw new SourceTaken();
  const c = await createCase(inTx, {
    propertyId: r.propertyId,
    kind: 'repair',
    channel: 'patrol',
    contactName: r.contactName,
    location: r.location,
    content: r.content,
    photoIds: r.photoIds ?? [],
    severity: r.emergency ? 'major' : 'general',
    emergency: r.emergency,
    urgency: r.emergency ? 'urgent' : 'normal',
    apologized: false,
    occupantOut: false,
  });
  try {
    await repo.setSource(tx, c.id, r.source);
  } catch (e) {
    if (sqlState(e) === '23505') throw new SourceTaken();
    throw e;
  }
  const dispatch = can(actor, r.propertyId, 'cases.handle');
  if (dispatch)
    await issueWorkOrder(inTx, c.id, {
      content: r.content,
      paid: false,
      customerName: r.contactName,
      reportingDepartment: '客服部',
      reporterName: r.contactName,
    });
  return { caseId: c.id, workOrderIssued: dispatch };
}

/** Where a case came from (null when opened directly), for the case page. */
export async function caseSource(ctx: Ctx, caseId: string) {
  const { c } = await loadCase(ctx, caseId);
  if (!c.sourceKind || !c.sourceId) return { data: null };
  return {
    data: {
      kind: c.sourceKind,
      id: c.sourceId,
      label: c.sourceLabel ?? '',
      link: c.sourceKind === 'inspection_finding' ? `/inspections/findings/${c.sourceId}` : null,
    },
  };
}
