/**
 * SPEC M12, X1: the one confidentiality rule of meetings. A confidential or secret meeting (its
 * booking, service notice, tasks, incidents, attendees, fees, reports, exports, calendar feeds and
 * live events) is seen whole by:
 *   - booking staff (`bookings.manage`) and the bureau approver (`bookings.approve`: it approves the
 *     bookings, so it sees them), and managers (MANAGER_ROLES) — every closed meeting of the property;
 *   - the organizer accounts of the meeting's own organization;
 *   - staff assigned to one of its tasks who are authorised for confidential meetings
 *     (staff_profiles.confidential_authorised) — a relation looked up by confidentiality.repository.
 * Everyone else does not see it at all: 404 on its records, absent from lists and reports. Only the
 * availability board shows its slot, as an anonymous "occupied" block, so nobody double-books; a
 * public page (QR sign-in) never names it. Public and internal meetings follow the base read rules.
 * Pure decisions, no I/O: the same answers for routes, lists, the live stream and feeds.
 */
import { CLOSED_CONFIDENTIALITY, MANAGER_ROLES } from '@hy/contracts';
import { type Actor, can, hasRole, isStaffIn } from '../../../lib/context.ts';

/** What the rule needs to know of a meeting: its property, organizing unit and level (the booking's). */
export interface MeetingRef {
  propertyId: string;
  organizationId: string | null;
  confidentiality: string;
}

export const isClosed = (level: string | null | undefined) => CLOSED_CONFIDENTIALITY.includes(level as never);

/** Booking staff, the bureau and managers see every closed meeting of the property. */
export const seesAllClosed = (actor: Actor, propertyId: string) =>
  can(actor, propertyId, 'bookings.manage') || can(actor, propertyId, 'bookings.approve') || hasRole(actor, propertyId, ...MANAGER_ROLES);

/** The actor is an organizer account of the meeting's organizing unit. */
export const isOwnOrganization = (actor: Actor, m: Pick<MeetingRef, 'propertyId' | 'organizationId'>) =>
  !!m.organizationId && actor.organizationId === m.organizationId && hasRole(actor, m.propertyId, 'organizer');

/** Whether the answer depends on the assigned-and-authorised relation (so the caller must look it up). */
export const needsRelation = (actor: Actor, m: MeetingRef) =>
  isClosed(m.confidentiality) && !seesAllClosed(actor, m.propertyId) && !isOwnOrganization(actor, m) && isStaffIn(actor, m.propertyId);

/**
 * May the actor see the meeting (then whole)? `assignedAuthorised`: the actor is assigned to one of
 * its tasks and authorised for confidential meetings (only asked when needsRelation).
 */
export function maySee(actor: Actor, m: MeetingRef, assignedAuthorised = false): boolean {
  if (!isClosed(m.confidentiality)) return true;
  if (seesAllClosed(actor, m.propertyId) || isOwnOrganization(actor, m)) return true;
  return assignedAuthorised && isStaffIn(actor, m.propertyId);
}

/** A slot on the availability board: the meeting itself when the actor may read it, otherwise an anonymous occupied block. */
export const boardView = (readable: boolean) => (readable ? ('meeting' as const) : ('occupied' as const));

/**
 * The list filter of an actor in a property: undefined when they see every closed meeting; else who
 * they are for the SQL filter (their own organization's, and as staff the ones they are assigned to).
 */
export interface ClosedViewer {
  userId: string;
  organizationId: string | null;
  staff: boolean;
}
export function listViewer(actor: Actor, propertyId: string): ClosedViewer | undefined {
  if (seesAllClosed(actor, propertyId)) return undefined;
  return {
    userId: actor.id,
    organizationId: hasRole(actor, propertyId, 'organizer') ? actor.organizationId : null,
    staff: isStaffIn(actor, propertyId),
  };
}

/** The public QR sign-in page: a closed meeting gets a neutral title and no venue, agenda or handbook. */
export const PUBLIC_TITLE = { zh: '会议签到', en: 'Meeting sign-in' } as const;
export function publicView<T extends { meetingName: string; venue: string | null; agenda: string | null; handbook: string | null }>(
  level: string,
  page: T,
): T {
  return isClosed(level) ? { ...page, meetingName: PUBLIC_TITLE.zh, venue: null, agenda: null, handbook: null } : page;
}
