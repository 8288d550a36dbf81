/** The JSON shape of a visit and a watch-list entry (every field picked by name). */
import { maskIdNumber, type Visit, type WatchEntry } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import type { VisitView, WatchRow } from './visitors.repository.ts';
import { isDesk, seesIdNumber, visitPolicies } from './visitors.policy.ts';
import { consentOverdue } from './visitors.rules.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentVisit(a: Actor, { v, host, hostUnit, createdByName, checkedOutByName }: VisitView, now: Date): Visit {
  const desk = isDesk(a, v.propertyId);
  return {
    id: v.id,
    propertyId: v.propertyId,
    number: v.number,
    kind: v.kind,
    status: v.status,
    hostEntryId: v.hostEntryId,
    hostName: host.nameZh,
    hostUnit,
    hostLocation: host.location,
    hostPhone: desk ? (host.phone ?? host.mobile) : null,
    officeWord: host.admitRule === 'office_word',
    visitorName: v.visitorName,
    visitorPhone: v.visitorPhone,
    company: v.company,
    idType: v.idType,
    idNumber: seesIdNumber(a, v.propertyId) ? v.idNumber : maskIdNumber(v.idNumber),
    partySize: v.partySize,
    carPlate: v.carPlate,
    badgeNo: v.badgeNo,
    purpose: v.purpose,
    expectedAt: iso(v.expectedAt),
    consent: v.consent
      ? {
          channel: v.consent.channel,
          answer: v.consent.answer,
          consenterName: v.consent.consenterName,
          recordedByName: v.consent.recordedByName,
          at: v.consent.at,
          note: v.consent.note,
        }
      : null,
    consentDeadline: iso(v.consentDeadline),
    consentOverdue: consentOverdue(v.status, v.consentDeadline, now),
    hold: v.hold
      ? {
          kind: v.hold.kind,
          value: desk ? v.hold.value : '',
          reason: desk ? v.hold.reason : '',
          decision: v.hold.decision,
          decidedByName: v.hold.decidedByName,
          decidedAt: v.hold.decidedAt,
          note: desk ? v.hold.note : null,
        }
      : null,
    noticeId: v.noticeId,
    noShowAt: iso(v.noShowAt),
    slipToken: desk || v.hostUserId === a.id ? v.slipToken : null,
    checkedInAt: iso(v.checkedInAt),
    checkedOutAt: iso(v.checkedOutAt),
    checkedOutByName,
    createdByName,
    createdAt: v.createdAt.toISOString(),
    policies: visitPolicies(a, v),
  };
}

export const presentWatch = ({ w, createdByName }: { w: WatchRow; createdByName: string | null }): WatchEntry => ({
  id: w.id,
  propertyId: w.propertyId,
  kind: w.kind,
  value: w.value,
  reason: w.reason,
  active: w.active,
  createdByName,
  createdAt: w.createdAt.toISOString(),
});
