/**
 * Work orders as JSON (S5): the fields the API answers, chosen one by one; instants as ISO 8601; the
 * completion photos and the customer's drawn signature as file references.
 */
import { occupantOutOf } from '../case/case.rules.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { filesOf, presentFile } from '../../files/index.ts';
import type { WorkOrderRow } from './work-orders.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The files attached to work orders (entity type 'work_order'), by work order. */
export type WorkOrderFiles = Map<string, Awaited<ReturnType<typeof filesOf>>>;

export async function workOrderFiles(db: DbOrTx, ids: string[]): Promise<WorkOrderFiles> {
  const byWo: WorkOrderFiles = new Map();
  for (const f of await filesOf(db, 'work_order', ids)) byWo.set(f.entityId!, [...(byWo.get(f.entityId!) ?? []), f]);
  return byWo;
}

export function presentWorkOrder(w: WorkOrderRow, files: WorkOrderFiles = new Map()) {
  const own = files.get(w.id) ?? [];
  const signature = w.signatureFileId ? own.find((f) => f.id === w.signatureFileId) : undefined;
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
    signature: signature ? presentFile(signature) : null,
    photos: own.filter((f) => f.kind === 'photo').map(presentFile),
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
  c: {
    caseNumber: string;
    location: string | null;
    contactName: string | null;
    contactPhone: string | null;
    occupantOutFrom: Date | null;
    occupantOutTo: Date | null;
  },
  files?: WorkOrderFiles,
) => ({
  ...presentWorkOrder(w, files),
  caseNumber: c.caseNumber,
  location: c.location,
  occupantOut: occupantOutOf(c),
  contactName: c.contactName,
  contactPhone: c.contactPhone,
});

/** Work orders with their files (one query for all of them). */
export async function presentWorkOrders(db: DbOrTx, rows: WorkOrderRow[]) {
  const files = await workOrderFiles(
    db,
    rows.map((w) => w.id),
  );
  return rows.map((w) => presentWorkOrder(w, files));
}

/** One work order with its files. */
export const presentOneWorkOrder = async (db: DbOrTx, w: WorkOrderRow) => (await presentWorkOrders(db, [w]))[0]!;
