/**
 * Visitors' pure rules (F1, F6): the state machine, the consent a check-in needs (the office's word on the
 * executive floor), and the watch-list match. No I/O; table-tested in visitors.rules.test.ts.
 */
import type { VisitStatus, WatchKind } from '@hy/contracts';
import type { VisitConsentRow } from '../../../db/schema/index.ts';

export type VisitAction = 'consent' | 'decide' | 'check_in' | 'check_out' | 'cancel' | 'no_show';

/** From which states an action may start. */
export const FROM: Record<VisitAction, readonly VisitStatus[]> = {
  consent: ['awaiting_consent', 'expected', 'admitted'],
  decide: ['held'],
  check_in: ['expected', 'awaiting_consent', 'admitted'],
  check_out: ['checked_in'],
  cancel: ['expected', 'awaiting_consent', 'held', 'admitted'],
  no_show: ['expected', 'admitted'],
};

export const allowed = (status: VisitStatus, action: VisitAction) => FROM[action].includes(status);

/** Still in the building or on the way in: the live lists. */
export const OPEN_STATUSES: readonly VisitStatus[] = ['expected', 'awaiting_consent', 'held', 'admitted', 'checked_in'];

/** The state a consent answer leads to. */
export const afterConsent = (answer: VisitConsentRow['answer']): VisitStatus => (answer === 'decline' ? 'declined' : 'admitted');

/**
 * Why a check-in is refused (null: may go in). Nobody goes in before a recorded accept or "come down";
 * a host whose floor needs the office's word needs a phoned consent naming who gave it.
 */
export function checkInRefusal(consent: VisitConsentRow | null, officeWord: boolean): 'consent_required' | 'office_word_required' | null {
  if (!consent || consent.answer === 'decline') return 'consent_required';
  if (officeWord && (consent.channel !== 'phone' || !consent.consenterName?.trim())) return 'office_word_required';
  return null;
}

/** The deadline of a consent request asked at `at`: the property's 'frontDesk.consentTimeoutMinutes' later. */
export const consentDeadlineOf = (at: Date, timeoutMinutes: number) => new Date(at.getTime() + timeoutMinutes * 60_000);

/** The consent request timed out (the desk phones the host). */
export const consentOverdue = (status: VisitStatus, deadline: Date | null, now: Date) =>
  status === 'awaiting_consent' && !!deadline && deadline.getTime() <= now.getTime();

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');

export interface WatchRule {
  id: string;
  kind: WatchKind;
  value: string;
}
export interface VisitorFacts {
  visitorName: string;
  idNumber?: string | null;
  visitorPhone?: string | null;
  company?: string | null;
  purpose?: string | null;
}

/** The first active watch-list entry the visitor matches: exact name, ID or phone digits; a keyword anywhere. */
export function watchMatch<T extends WatchRule>(rules: readonly T[], v: VisitorFacts): T | null {
  for (const r of rules) {
    const value = norm(r.value);
    if (!value) continue;
    if (r.kind === 'name' && norm(v.visitorName) === value) return r;
    if (r.kind === 'id_number' && v.idNumber && norm(v.idNumber) === value) return r;
    if (r.kind === 'phone' && digits(r.value).length >= 5 && digits(v.visitorPhone) === digits(r.value)) return r;
    if (r.kind === 'keyword' && [v.visitorName, v.company, v.purpose].some((f) => norm(f).includes(value))) return r;
  }
  return null;
}

/** An appointment never came: still expected (or consented, not in) once its expected time (or registration) has passed `cutoff`. */
export const noShowDue = (
  v: { kind: 'appointment' | 'walk_in'; status: VisitStatus; expectedAt: Date | null; createdAt: Date },
  cutoff: Date,
) => v.kind === 'appointment' && allowed(v.status, 'no_show') && (v.expectedAt ?? v.createdAt).getTime() < cutoff.getTime();

export interface DirectoryPerson {
  id: string;
  nameZh: string;
  phone: string | null;
  mobile: string | null;
  unitName: string | null;
}
const samePhone = (a: string | null | undefined, b: string | null | undefined) => digits(a).length >= 5 && digits(a) === digits(b);

/**
 * The host of a meeting's guests: the directory person who is the meeting's contact — by phone first (mobile
 * or desk phone), else by exact name. Null: the desk chooses.
 */
export function meetingHost<T extends DirectoryPerson>(people: readonly T[], contact: { name: string; phone: string | null }): T | null {
  return (
    people.find((p) => samePhone(contact.phone, p.mobile) || samePhone(contact.phone, p.phone)) ??
    people.find((p) => norm(p.nameZh) === norm(contact.name)) ??
    null
  );
}

/**
 * An attendee who is in the directory (staff or a tenant of the building) is no guest: same phone, or same name
 * with the same unit.
 */
export const isInternalAttendee = (
  a: { name: string; phone: string | null; organization: string | null },
  people: readonly DirectoryPerson[],
) =>
  people.some(
    (p) =>
      samePhone(a.phone, p.mobile) ||
      samePhone(a.phone, p.phone) ||
      (norm(p.nameZh) === norm(a.name) && !!a.organization && norm(p.unitName) === norm(a.organization)),
  );
