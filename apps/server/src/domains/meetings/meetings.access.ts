/**
 * Who may see a meeting's after-the-meeting records, fees and attendees. Staff need the permission
 * in the property; an organizer only their own organization's meetings (another unit's → 404, as
 * for records they may not see). Errors of these features carry their own stable codes.
 */
import { CLOSED_CONFIDENTIALITY, MANAGER_ROLES, MEETING_MORE_ERROR_CODES, type MeetingMoreErrorCode, type Permission } from '@hy/contracts';
import { type Actor, type Ctx, can, hasRole, isStaffIn, memberProperties, requireActor } from '../../lib/context.ts';
import { AppError, errors } from '../../lib/errors.ts';
import type { DbOrTx } from '../../db/client.ts';
import { loadWorkCalendar } from '../calendar/calendar.service.ts';
import * as more from './meetings.more.repository.ts';
import * as repo from './meetings.repository.ts';

export const failMore = (code: MeetingMoreErrorCode, detail?: string, extra?: Record<string, unknown>) =>
  new AppError(code, MEETING_MORE_ERROR_CODES[code].status, detail ?? MEETING_MORE_ERROR_CODES[code].zh, undefined, extra);

/** The actor acts for the meeting's organizing unit (an organizer account of that organization). */
export const isOrganizerOf = (actor: Actor, propertyId: string, organizationId: string | null) =>
  !!organizationId && actor.organizationId === organizationId && hasRole(actor, propertyId, 'organizer');

/** Throws 404 for a non-member, 403 for a member without the permission. */
export function authorizeIn(actor: Actor, propertyId: string, permission: Permission) {
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!can(actor, propertyId, permission)) throw errors.forbidden();
}

/**
 * The notice, if the actor may use `permission` on it. `organizer: true` lets the meeting's own
 * organizer in (they are staff-less outside users); other outside users and other units get 404.
 */
export async function meetingFor(ctx: Ctx, noticeId: string, permission: Permission, opts: { organizer?: boolean } = {}) {
  const actor = requireActor(ctx);
  const found = await more.noticeWithOrganization(ctx.db, noticeId);
  if (!found) throw errors.notFound('service notice');
  const { notice: n, organizationId } = found;
  const asOrganizer = isOrganizerOf(actor, n.propertyId, organizationId);
  if (!memberProperties(actor).includes(n.propertyId)) throw errors.notFound('service notice');
  if (!isStaffIn(actor, n.propertyId)) {
    if (!(opts.organizer && asOrganizer)) throw errors.notFound('service notice');
  } else if (!can(actor, n.propertyId, permission) && !(opts.organizer && asOrganizer)) throw errors.forbidden();
  if (!asOrganizer && !(await maySeeClosed(ctx.db, actor, n, found.confidentiality))) throw errors.notFound('service notice');
  return { actor, n, organizationId, confidentiality: found.confidentiality, asOrganizer };
}

/**
 * M12: a confidential or secret meeting is visible only to the booking staff and managers, its
 * organizer, and staff assigned to one of its tasks who are authorised for confidential meetings.
 */
export async function maySeeClosed(db: DbOrTx, actor: Actor, n: { id: string; propertyId: string }, confidentiality: string, organizationId?: string | null) {
  if (!CLOSED_CONFIDENTIALITY.includes(confidentiality as never)) return true;
  const p = n.propertyId;
  if (seesAllClosed(actor, p) || (organizationId !== undefined && isOrganizerOf(actor, p, organizationId))) return true;
  return more.assignedAuthorised(db, n.id, actor.id);
}

/** Booking staff and managers see every confidential meeting of the property (M12). */
export const seesAllClosed = (actor: Actor, propertyId: string) => can(actor, propertyId, 'bookings.manage') || hasRole(actor, propertyId, ...MANAGER_ROLES);

/** The viewer filter for lists (meetings.repository visibleTo): undefined when the actor sees every meeting. */
export const closedViewer = (actor: Actor, propertyId: string) => (seesAllClosed(actor, propertyId) ? undefined : actor.id);

/** "HY-FY-2026-000001": a per-property, per-year number in the property's time zone. */
export async function numberFor(tx: DbOrTx, propertyId: string, prefix: string, now: Date) {
  const tz = (await loadWorkCalendar(tx, propertyId)).timeZone;
  const year = new Intl.DateTimeFormat('en', { timeZone: tz, year: 'numeric' }).format(now);
  const seq = await repo.nextNumber(tx, propertyId, `${prefix}:${year}`);
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

export const iso = (d: Date | null) => d?.toISOString() ?? null;
