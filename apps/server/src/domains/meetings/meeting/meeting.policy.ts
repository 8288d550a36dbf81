/**
 * Who may see a meeting (SPEC M12, M4): staff need the permission in the property; an organizer only
 * their own organization's meetings (another unit's → 404, as for records they may not see); a
 * confidential meeting the actor may not see (bookings' confidentiality policy) is 404 whatever the
 * permission. Every meetings sub-feature reaches its notice through here.
 */
import type { Permission } from '@hy/contracts';
import { type Actor, type Ctx, authorize, can, isStaffIn, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import * as shared from './meeting.repository.ts';
import { failMeeting } from './meeting.errors.ts';
import { isOwnOrganization } from '../../bookings/index.ts';
import { canSee } from '../../bookings/index.ts';

/** The actor acts for the meeting's organizing unit (an organizer account of that organization). */
export const isOrganizerOf = (actor: Actor, propertyId: string, organizationId: string | null) =>
  isOwnOrganization(actor, { propertyId, organizationId });

/** M12 for a notice read with its booking's level and organization (meeting.repository noticeWithOrganization). */
export const canSeeMeeting = (
  db: DbOrTx,
  actor: Actor,
  found: { notice: { propertyId: string; bookingId: string }; organizationId: string | null; confidentiality: string },
) =>
  canSee(db, actor, {
    propertyId: found.notice.propertyId,
    organizationId: found.organizationId,
    confidentiality: found.confidentiality,
    bookingId: found.notice.bookingId,
  });

/**
 * The notice, if the actor may use `permission` on it. `organizer: true` lets the meeting's own
 * organizer in (they are staff-less outside users); other outside users and other units get 404.
 */
export async function meetingFor(ctx: Ctx, noticeId: string, permission: Permission, opts: { organizer?: boolean } = {}) {
  const actor = requireActor(ctx);
  const found = await shared.noticeWithOrganization(ctx.db, noticeId);
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

/** The notice if the actor reads meetings in its property and may see it (M12: its booking's level); 404 otherwise. */
export async function visibleNotice(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const found = await shared.noticeWithOrganization(ctx.db, id);
  if (!found) throw errors.notFound('service notice');
  const n = found.notice;
  if (!memberProperties(actor).includes(n.propertyId) || !(await canSeeMeeting(ctx.db, actor, found)))
    throw errors.notFound('service notice');
  authorize(actor, n.propertyId, 'meetings.read');
  return { actor, n, confidentiality: found.confidentiality };
}

/** A visible notice that is active (not cancelled, not on hold). */
export async function activeNotice(ctx: Ctx, id: string) {
  const { actor, n } = await visibleNotice(ctx, id);
  if (n.status !== 'active') throw failMeeting('notice_inactive', undefined, { status: n.status });
  return { actor, n };
}
