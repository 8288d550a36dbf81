/** The JSON shapes of suppliers, laundry requests and evaluations (every field picked by name). */
import type { SupplierEvaluation, LaundryRequest, Supplier } from '@hy/contracts';
import type { EvaluationRow, LaundryRow, SupplierRow } from './laundry.repository.ts';
import { collectedLate } from './laundry.rules.ts';

export const presentSupplier = (s: SupplierRow): Supplier => ({
  id: s.id,
  kind: s.kind,
  name: s.name,
  contactName: s.contactName,
  phone: s.phone,
  contractFrom: s.contractFrom,
  contractTo: s.contractTo,
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentLaundry = (r: LaundryRow): LaundryRequest => ({
  id: r.id,
  propertyId: r.propertyId,
  organizationId: r.organizationId,
  organizationName: r.organizationName,
  unitId: r.unitId,
  unitCode: r.unitCode,
  supplierName: r.supplierName,
  source: r.source,
  state: r.state,
  contactName: r.contactName,
  contactPhone: r.contactPhone,
  estimate: r.estimate,
  calledAt: iso(r.calledAt),
  collectDueAt: iso(r.collectDueAt),
  collectedAt: iso(r.collectedAt),
  collectedLate: collectedLate(r),
  alertedAt: iso(r.alertedAt),
  returnedAt: iso(r.returnedAt),
  rewashCount: r.rewashCount,
  rewashNote: r.rewashNote,
  lines: r.lines,
  totalFen: r.totalFen,
  signerName: r.signerName,
  signatureFileId: r.signatureFileId,
  signedAt: iso(r.signedAt),
  createdByName: r.createdByName,
  createdAt: r.createdAt.toISOString(),
});

export const presentEvaluation = (e: EvaluationRow): SupplierEvaluation => ({
  id: e.id,
  supplierId: e.supplierId,
  supplierName: e.supplierName,
  supplierKind: e.supplierKind,
  kind: e.kind,
  period: e.period,
  opinions: e.opinions,
  improvements: e.improvements,
  renew: e.renew,
  decision: e.decision,
  decidedByName: e.decidedByName,
  decidedAt: iso(e.decidedAt),
  writtenByName: e.writtenByName,
  createdAt: e.createdAt.toISOString(),
});
