/**
 * Drawing up a handover (F5): what is open at the writing time — visitors still in the building, messages not
 * delivered, parcels waiting for pickup, items lent out (overdue flagged), unfinished executive-floor requests —
 * and the shift's counts from the records made in its window. Read through the sibling sub-features'
 * repositories (their own read functions), never their tables.
 */
import { MAIL_KIND_LABELS, SHIFT_LABELS, type HandoverCounts, type HandoverDraft } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { effectiveSettings } from '../../places/index.ts';
import * as visitors from '../visitors/visitors.repository.ts';
import * as mail from '../mail/mail.repository.ts';
import * as messages from '../messages/messages.repository.ts';
import * as lending from '../lending/lending.repository.ts';
import * as executive from '../executive-floor/executive-floor.repository.ts';
import { flagged, shiftToHandOver, type ShiftWindow } from './handover.rules.ts';
import * as repo from './handover.repository.ts';

export type DrawnItem = HandoverDraft['items'][number];
const clip = (s: string | null | undefined, n = 120) => (s ? (s.length > n ? `${s.slice(0, n - 1)}…` : s) : null);
const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || null;

/** The shift a handover written at `now` hands over, from the property's zone and shift start times. */
export async function shiftOf(db: DbOrTx, propertyId: string, now: Date): Promise<ShiftWindow & { name: string }> {
  const [tz, s] = await Promise.all([repo.timeZoneOf(db, propertyId), effectiveSettings(db, propertyId)]);
  const w = shiftToHandOver(now, tz, s['frontDesk.dayShiftStart'], s['frontDesk.eveningShiftStart']);
  return { ...w, name: SHIFT_LABELS[w.shift].zh };
}

/** The open items at `now`, in a fixed order: visitors, messages, parcels, loans, executive requests. */
export async function openItems(db: DbOrTx, propertyId: string, now: Date): Promise<DrawnItem[]> {
  const items: DrawnItem[] = [];
  for (const { v, host, hostUnit } of await visitors.inBuildingAt(db, propertyId, now))
    items.push({
      kind: 'visitor',
      refId: v.id,
      title: `${v.visitorName}${v.partySize > 1 ? ` ×${v.partySize}` : ''}${v.company ? `（${v.company}）` : ''} → ${host.nameZh}`,
      detail: join(hostUnit, v.badgeNo ? `#${v.badgeNo}` : null, v.number),
      at: v.checkedInAt?.toISOString() ?? null,
      flagged: false,
    });
  for (const m of await messages.undeliveredAt(db, propertyId, now))
    items.push({
      kind: 'message',
      refId: m.id,
      title: `${m.recipientName} ← ${m.callerName}${m.callerCompany ? `（${m.callerCompany}）` : ''}`,
      detail: clip(m.content),
      at: m.takenAt.toISOString(),
      flagged: flagged(null, now, m.urgent),
    });
  for (const p of await mail.waitingAt(db, propertyId, now))
    items.push({
      kind: 'parcel',
      refId: p.id,
      // A 机要 item names no recipient here: the handover is read by staff who may not see it.
      title: p.confidential ? `${p.number} ${MAIL_KIND_LABELS.confidential.zh}` : `${p.number} ${p.recipientName}`,
      detail: join(
        MAIL_KIND_LABELS[p.kind].zh,
        p.pieces > 1 ? `×${p.pieces}` : null,
        p.pigeonhole,
        p.confidential ? null : p.recipientUnit,
      ),
      at: p.receivedAt.toISOString(),
      flagged: p.important,
    });
  for (const { l, itemNameZh } of await lending.outAt(db, propertyId, now))
    items.push({
      kind: 'loan',
      refId: l.id,
      title: `${itemNameZh} ×${l.quantity} — ${l.borrowerName}${l.borrowerCompany ? `（${l.borrowerCompany}）` : ''}`,
      detail: l.borrowerPhone,
      at: l.dueAt.toISOString(),
      flagged: flagged(l.dueAt, now),
    });
  for (const { r, executiveName, location } of await executive.unfinishedAt(db, propertyId, now, 16 * 3_600_000))
    items.push({
      kind: 'executive',
      refId: r.id,
      title: join(executiveName, location)!,
      detail: clip(r.detail),
      at: r.dueAt.toISOString(),
      flagged: flagged(r.dueAt, now),
    });
  return items;
}

/** The shift's counts (每班有统计) from the records made in [from, to). */
export async function shiftCounts(db: DbOrTx, propertyId: string, from: Date, to: Date): Promise<HandoverCounts> {
  const [visitorsIn, m, desk, loans] = await Promise.all([
    visitors.checkedInCount(db, propertyId, from, to),
    mail.shiftCounts(db, propertyId, from, to),
    messages.shiftCounts(db, propertyId, from, to),
    lending.shiftCounts(db, propertyId, from, to),
  ]);
  return { visitorsIn, calls: desk.calls, messages: desk.messages, ...m, ...loans };
}

/** Everything a handover written at `now` would hold. */
export async function drawUp(db: DbOrTx, propertyId: string, now: Date) {
  const shift = await shiftOf(db, propertyId, now);
  const [counts, items, existing] = await Promise.all([
    shiftCounts(db, propertyId, shift.start, shift.end),
    openItems(db, propertyId, now),
    repo.findByShift(db, propertyId, shift.start),
  ]);
  return { shift, counts, items, existing };
}
