/** The JSON shape of a mail item (every field picked by name) with what the reader may do to it. */
import type { MailItem } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { filesOf, presentFile } from '../../files/index.ts';
import type { MailRow } from './mail.repository.ts';
import { isStaffReader, mayHandOver } from './mail.policy.ts';
import { handOverRefusal, proxyAllowed } from './mail.rules.ts';

type Files = Map<string, NonNullable<MailItem['labelPhoto']>>;

export async function filesFor(db: DbOrTx, rows: MailRow[]): Promise<Files> {
  const out: Files = new Map();
  for (const f of await filesOf(
    db,
    'mail_item',
    rows.map((r) => r.id),
  ))
    out.set(f.id, { ...presentFile(f), createdAt: f.createdAt.toISOString(), signedAt: f.signedAt?.toISOString() ?? null });
  return out;
}

export function presentItem(actor: Actor, m: MailRow, files: Files): MailItem {
  const staff = isStaffReader(actor, m.propertyId);
  return {
    id: m.id,
    propertyId: m.propertyId,
    number: m.number,
    direction: m.direction,
    kind: m.kind,
    carrier: m.carrier,
    trackingNo: m.trackingNo,
    pieces: m.pieces,
    recipientEntryId: m.recipientEntryId,
    recipientName: m.recipientName,
    recipientUnit: m.recipientUnit,
    pigeonhole: m.pigeonhole,
    condition: m.condition,
    handling: m.handling,
    important: m.important,
    confidential: m.confidential,
    status: m.status,
    note: staff ? m.note : null,
    destination: m.destination,
    labelPhoto: (m.labelFileId && files.get(m.labelFileId)) || null,
    receivedAt: m.receivedAt.toISOString(),
    loggedByName: m.loggedByName,
    notifiedAt: m.notifiedAt?.toISOString() ?? null,
    remindCount: m.remindCount,
    pickup:
      m.pickedUpAt && m.signer && m.signerName && m.signMethod
        ? {
            signer: m.signer,
            name: m.signerName,
            method: m.signMethod,
            signature: (m.signatureFileId && files.get(m.signatureFileId)) || null,
            at: m.pickedUpAt.toISOString(),
            clerkName: m.clerkName,
            courierReceiptNo: m.courierReceiptNo,
          }
        : null,
    closedNote: staff ? m.closedNote : null,
    version: m.version,
    policies: {
      handOver: mayHandOver(actor, m) && handOverRefusal(m, 'recipient') === null,
      proxyAllowed: proxyAllowed(m.handling),
      close: staff && ['waiting', 'unknown', 'refused_damaged'].includes(m.status),
    },
  };
}
