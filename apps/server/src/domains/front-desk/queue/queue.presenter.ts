/** The desk queue's JSON: every row picked field by field (only what its card shows). */
import type { QueueConsentItem, QueueInsideItem, QueueLoanItem, QueueMessageItem, QueueParcelItem } from '@hy/contracts';
import type { topVisits } from '../visitors/visitors.repository.ts';
import type { topWaiting } from '../mail/mail.repository.ts';
import type { topUndelivered } from '../messages/messages.repository.ts';
import type { topOverdue } from '../lending/lending.repository.ts';
import { pastDeadline } from './queue.rules.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rows<F extends (...a: any[]) => Promise<{ rows: unknown[] }>> = Awaited<ReturnType<F>>['rows'][number];

/** A section: the total and its rows as the card shows them (null: the reader may not read this list). */
export const section = <R, T>(s: { total: number; rows: R[] } | null, present: (r: R) => T) =>
  s ? { total: s.total, items: s.rows.map(present) } : null;

export const presentConsent =
  (now: Date) =>
  (v: Rows<typeof topVisits>): QueueConsentItem => ({
    id: v.id,
    number: v.number,
    status: v.status === 'held' ? 'held' : 'awaiting_consent',
    visitorName: v.visitorName,
    partySize: v.partySize,
    company: v.company,
    hostName: v.hostName,
    hostUnit: v.hostUnit,
    createdAt: v.createdAt.toISOString(),
    consentDeadline: v.consentDeadline?.toISOString() ?? null,
    overdue: v.status === 'awaiting_consent' && pastDeadline(v.consentDeadline, now),
  });

export const presentInside =
  (checkOut: boolean) =>
  (v: Rows<typeof topVisits>): QueueInsideItem => ({
    id: v.id,
    number: v.number,
    visitorName: v.visitorName,
    partySize: v.partySize,
    company: v.company,
    hostName: v.hostName,
    badgeNo: v.badgeNo,
    checkedInAt: (v.checkedInAt ?? v.createdAt).toISOString(),
    policies: { checkOut },
  });

export const presentParcel = (m: Rows<typeof topWaiting>): QueueParcelItem => ({
  id: m.id,
  number: m.number,
  kind: m.kind as QueueParcelItem['kind'],
  pieces: m.pieces,
  carrier: m.carrier,
  recipientName: m.recipientName,
  recipientUnit: m.recipientUnit,
  pigeonhole: m.pigeonhole,
  important: m.important,
  confidential: m.confidential,
  receivedAt: m.receivedAt.toISOString(),
});

export const presentMessage = (m: Rows<typeof topUndelivered>): QueueMessageItem => ({
  id: m.id,
  recipientName: m.recipientName,
  callerName: m.callerName,
  content: m.content,
  urgent: m.urgent,
  status: m.status === 'notified' ? 'notified' : 'logged',
  takenAt: m.takenAt.toISOString(),
});

export const presentLoan = (l: Rows<typeof topOverdue>): QueueLoanItem => ({
  id: l.id,
  itemNameZh: l.itemNameZh,
  itemNameEn: l.itemNameEn,
  quantity: l.quantity,
  borrowerName: l.borrowerName,
  borrowerCompany: l.borrowerCompany,
  dueAt: l.dueAt.toISOString(),
});
