/** The budget as the web reads it: explicit fields of each version, the actual lines, the variance, the statement. */
import type { BudgetActualLine, BudgetVersion } from '@hy/contracts';
import type { EventFigures } from '../event/event.costs.ts';
import { amountOf, unitsOf } from './budget.rules.ts';
import type { ActualLine } from './budget.compute.ts';
import type { VersionRow } from './budget.repository.ts';

/** A version with its lines priced: by its snapshot when approved (or superseded), by today's figures otherwise. */
export function presentVersion(v: VersionRow, live: EventFigures, names: Map<string, string>): BudgetVersion {
  const own = v.snapshot ?? live;
  const lines = v.lines.map((l) => ({
    id: l.id,
    category: l.category,
    name: l.name,
    basis: l.basis,
    unitFen: l.unitFen,
    quantity: l.quantity,
    note: l.note,
    units: unitsOf(l, own),
    amountFen: amountOf(l, own),
    liveFen: amountOf(l, live),
  }));
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    lines,
    note: v.note,
    figures: own,
    snapshot: v.snapshot,
    totalFen: lines.reduce((s, l) => s + l.amountFen, 0),
    liveTotalFen: lines.reduce((s, l) => s + l.liveFen, 0),
    rowVersion: v.rowVersion,
    createdByName: names.get(v.createdBy) ?? null,
    createdAt: v.createdAt.toISOString(),
    submittedAt: v.submittedAt?.toISOString() ?? null,
    approvedByName: v.approvedByName,
    approvedAt: v.approvedAt?.toISOString() ?? null,
    signatureFileId: v.signatureFileId,
  };
}

export const presentActual = (a: ActualLine): BudgetActualLine => ({
  id: a.id,
  category: a.category,
  name: a.name,
  qty: a.qty,
  unit: a.unit,
  unitFen: a.unitFen,
  amountFen: a.amountFen,
  source: a.source,
  invoiceRef: a.invoiceRef,
  spentOn: a.spentOn,
});
