/** The JSON shapes of a finding (every field picked by name) with what the reader may do next. */
import type { finding, FindingSummary } from '@hy/contracts';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client.ts';
import { can, type Actor } from '../../../lib/context.ts';
import { fileRefs } from '../../files/index.ts';
import type { FindingView, StepRow } from './findings.repository.ts';
import { stepRefusal } from './findings.rules.ts';

export function presentSummary(actor: Actor, f: FindingView): FindingSummary {
  const walk = can(actor, f.propertyId, 'inspections.walk');
  const fixer = can(actor, f.propertyId, 'inspections.findings.fix');
  const may = (step: Parameters<typeof stepRefusal>[1]) => stepRefusal(f, step) === null;
  return {
    id: f.id,
    propertyId: f.propertyId,
    roundId: f.roundId,
    planName: f.planName,
    dueDate: f.dueDate,
    checkpointId: f.checkpointId,
    checkpointName: f.checkpointName,
    location: f.location,
    title: f.title,
    note: f.note,
    category: f.category,
    route: f.route,
    state: f.state,
    urgent: f.urgent,
    foundAt: f.foundAt.toISOString(),
    foundByName: f.foundByName,
    caseId: f.caseId,
    caseNumber: f.caseNumber,
    workOrderId: f.workOrderId,
    workOrderNumber: f.workOrderNumber,
    workOrderStatus: f.workOrderStatus,
    reinspections: f.reinspections,
    closedAt: f.closedAt?.toISOString() ?? null,
    fixBy: f.fixBy,
    policies: {
      fix: fixer && may('fix'),
      // Housekeeping does not re-inspect its own fixes.
      reinspect: walk && !fixer && may('reinspect'),
      repair: walk && may('repair'),
      verify: walk && f.state === 'in_repair',
      close: walk && may('close'),
    },
  };
}

export async function presentFinding(db: DbOrTx, actor: Actor, f: FindingView, steps: StepRow[]): Promise<z.input<typeof finding>> {
  const ids = [...f.photoFileIds, ...steps.flatMap((s) => s.photoFileIds), ...(f.signatureFileId ? [f.signatureFileId] : [])];
  const refs = new Map((await fileRefs(db, ids)).map((r) => [r.id, r]));
  const pick = (xs: string[]) => xs.flatMap((id) => (refs.has(id) ? [refs.get(id)!] : []));
  return {
    ...presentSummary(actor, f),
    photos: pick(f.photoFileIds),
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      outcome: s.outcome,
      note: s.note,
      photos: pick(s.photoFileIds),
      at: s.at.toISOString(),
      byName: s.byName,
    })),
    verifiedAt: f.verifiedAt?.toISOString() ?? null,
    verifiedByName: f.verifiedByName,
    signature: f.signatureFileId ? (refs.get(f.signatureFileId) ?? null) : null,
  };
}
