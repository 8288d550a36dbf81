/** Rows of the business center as the contract shows them (signature files as file references). */
import type { BcFaxIn, BcReport, BcSlip, FileRef } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { fileRefs } from '../../files/index.ts';
import type { FaxRow, ReportRow, SlipRow } from './business-center.repository.ts';
import { faxFileDueAt, slipPolicies } from './business-center.rules.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function filesById(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  return new Map<string, FileRef>((wanted.length ? await fileRefs(db, wanted) : []).map((f) => [f.id, f as unknown as FileRef]));
}

export async function presentSlips(db: DbOrTx, rows: SlipRow[], may: { desk: boolean; manage: boolean }): Promise<BcSlip[]> {
  const files = await filesById(
    db,
    rows.flatMap((r) => [r.signatureFileId, r.voidSignatureFileId]),
  );
  return rows.map((r) => {
    const p = slipPolicies(r);
    const work = may.desk || may.manage;
    return {
      id: r.id,
      propertyId: r.propertyId,
      number: r.number,
      kind: r.kind,
      state: r.state,
      organizationId: r.organizationId,
      organizationName: r.organizationName,
      customerName: r.customerName,
      details: r.details,
      amountFen: r.amountFen,
      operatorName: r.operatorName,
      finishedAt: iso(r.finishedAt),
      payment: r.payment,
      signerName: r.signerName,
      signature: (r.signatureFileId && files.get(r.signatureFileId)) || null,
      signedAt: iso(r.signedAt),
      handover: r.handover,
      handoverAt: iso(r.handoverAt),
      handoverByName: r.handoverByName,
      takenOverAt: iso(r.takenOverAt),
      takenOverByName: r.takenOverByName,
      voidReason: r.voidReason,
      voidedAt: iso(r.voidedAt),
      voidedByName: r.voidedByName,
      voidSignature: (r.voidSignatureFileId && files.get(r.voidSignatureFileId)) || null,
      createdByName: r.createdByName,
      createdAt: r.createdAt.toISOString(),
      charged: r.charged,
      policies: {
        finish: work && p.finish,
        sign: work && p.sign,
        handover: work && p.handover,
        takeOver: work && p.takeOver,
        void: may.manage && p.void,
      },
    };
  });
}

export async function presentFaxes(db: DbOrTx, rows: FaxRow[], fileAfterDays: number): Promise<BcFaxIn[]> {
  const files = await filesById(
    db,
    rows.map((r) => r.collectedSignatureFileId),
  );
  return rows.map((r) => ({
    id: r.id,
    propertyId: r.propertyId,
    receivedAt: r.receivedAt.toISOString(),
    recipientName: r.recipientName,
    unitText: r.unitText,
    organizationId: r.organizationId,
    organizationName: r.organizationName,
    pages: r.pages,
    sender: r.sender,
    situation: r.situation,
    state: r.state,
    phonedAt: iso(r.phonedAt),
    phonedWhom: r.phonedWhom,
    phonedByName: r.phonedByName,
    noticeLeftAt: iso(r.noticeLeftAt),
    csAskedAt: iso(r.csAskedAt),
    frontDeskNoteAt: iso(r.frontDeskNoteAt),
    collectedAt: iso(r.collectedAt),
    collectedByName: r.collectedByName,
    signature: (r.collectedSignatureFileId && files.get(r.collectedSignatureFileId)) || null,
    filedAt: iso(r.filedAt),
    fileDueAt: iso(faxFileDueAt(r, fileAfterDays)),
    createdByName: r.createdByName,
  }));
}

export const presentReport = (r: ReportRow): BcReport => ({
  id: r.id,
  propertyId: r.propertyId,
  kind: r.kind,
  description: r.description,
  slipId: r.slipId,
  faxId: r.faxId,
  reportedAt: r.reportedAt.toISOString(),
  reportedByName: r.reportedByName,
});
