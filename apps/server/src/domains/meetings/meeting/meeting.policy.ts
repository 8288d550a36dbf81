/**
 * Who may see a meeting's after-the-meeting records, fees and attendees. Staff need the permission
 * in the property; an organizer only their own organization's meetings (another unit's → 404, as
 * for records they may not see). Errors of these features carry their own stable codes.
 */
import { MEETING_MORE_ERROR_CODES, type MeetingMoreErrorCode, type Permission } from '@hy/contracts';
import { type Actor, type Ctx, can, isStaffIn, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { loadWorkCalendar } from '../../calendar/calendar.service.ts';
import * as more from '../fees/fees.repository.ts';
import * as repo from '../notices/notices.repository.ts';
import { isOwnOrganization } from '../../bookings/confidentiality/confidentiality.policy.ts';
import { canSee } from '../../bookings/confidentiality/confidentiality.service.ts';

export const failMore = (code: MeetingMoreErrorCode, detail?: string, extra?: Record<string, unknown>) =>
  new AppError(code, MEETING_MORE_ERROR_CODES[code].status, detail ?? MEETING_MORE_ERROR_CODES[code].zh, undefined, extra);

/** The actor acts for the meeting's organizing unit (an organizer account of that organization). */
export const isOrganizerOf = (actor: Actor, propertyId: string, organizationId: string | null) => isOwnOrganization(actor, { propertyId, organizationId });

/** Throws 404 for a non-member, 403 for a member without the permission. */
export function authorizeIn(actor: Actor, propertyId: string, permission: Permission) {
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!can(actor, propertyId, permission)) throw errors.forbidden();
}

/**
 * The notice, if the actor may use `permission` on it. `organizer: true` lets the meeting's own
 * organizer in (they are staff-less outside users); other outside users and other units get 404.
 * A confidential meeting the actor may not see (M12, confidentiality.policy) is 404 whatever the permission.
 */
export async function meetingFor(ctx: Ctx, noticeId: string, permission: Permission, opts: { organizer?: boolean } = {}) {
  const actor = requireActor(ctx);
  const found = await more.noticeWithOrganization(ctx.db, noticeId);
  if (!found) throw errors.notFound('service notice');
  const { notice: n, organizationId } = found;
  const asOrganizer = isOrganizerOf(actor, n.propertyId, organizationId);
  if (!memberProperties(actor).includes(n.propertyId)) throw errors.notFound('service notice');
  if (!(await canSeeMeeting(ctx.db, actor, found))) throw errors.notFound('service notice');
  if (!isStaffIn(actor, n.propertyId)) {
    if (!(opts.organizer && asOrganizer)) throw errors.notFound('service notice');
  } else if (!can(actor, n.propertyId, permission) && !(opts.organizer && asOrganizer)) throw errors.forbidden();
  return { actor, n, organizationId, confidentiality: found.confidentiality, asOrganizer };
}

/** M12 for a notice read with its booking's level and organization (more.noticeWithOrganization). */
export const canSeeMeeting = (db: DbOrTx, actor: Actor, found: { notice: { propertyId: string; bookingId: string }; organizationId: string | null; confidentiality: string }) =>
  canSee(db, actor, { propertyId: found.notice.propertyId, organizationId: found.organizationId, confidentiality: found.confidentiality, bookingId: found.notice.bookingId });

/** "HY-FY-2026-000001": a per-property, per-year number in the property's time zone. */
export async function numberFor(tx: DbOrTx, propertyId: string, prefix: string, now: Date) {
  const tz = (await loadWorkCalendar(tx, propertyId)).timeZone;
  const year = new Intl.DateTimeFormat('en', { timeZone: tz, year: 'numeric' }).format(now);
  const seq = await repo.nextNumber(tx, propertyId, `${prefix}:${year}`);
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

export const iso = (d: Date | null) => d?.toISOString() ?? null;
