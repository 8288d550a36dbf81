/** Work orders as JSON (S5): the fields the API answers, chosen one by one; instants as ISO 8601. */
import type { WorkOrderRow } from './work-orders.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentWorkOrder(w: WorkOrderRow) {
  return {
    id: w.id,
    propertyId: w.propertyId,
    caseId: w.caseId,
    number: w.number,
    year: w.year,
    seq: w.seq,
    paid: w.paid,
    customerName: w.customerName,
    content: w.content,
    reportingDepartment: w.reportingDepartment,
    reporterName: w.reporterName,
    urgency: w.urgency,
    issuerId: w.issuerId,
    assigneeId: w.assigneeId,
    status: w.status,
    issuedAt: w.issuedAt.toISOString(),
    acceptedAt: iso(w.acceptedAt),
    arrivedAt: iso(w.arrivedAt),
    completedAt: iso(w.completedAt),
    workDone: w.workDone,
    materials: w.materials,
    signedByName: w.signedByName,
    signedByUserId: w.signedByUserId,
    signedAt: iso(w.signedAt),
    signatureMethod: w.signatureMethod,
    returnedAt: iso(w.returnedAt),
    returnedBy: w.returnedBy,
    voidReason: w.voidReason,
    voidedAt: iso(w.voidedAt),
    voidedBy: w.voidedBy,
    dispatchMode: w.dispatchMode,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

/** A work order with the case's number, place and contact (the engineer's list and the printed form). */
export const presentWorkOrderWithCase = (
  w: WorkOrderRow,
  c: { caseNumber: string; location: string | null; contactName: string | null; contactPhone: string | null },
) => ({ ...presentWorkOrder(w), caseNumber: c.caseNumber, location: c.location, contactName: c.contactName, contactPhone: c.contactPhone });
