/** Who may see and do what with bookings; the same answers go to the UI as `policies`. */
import type { BookingPolicies } from '@hy/contracts';
import { type Actor, type Ctx, can, isStaffIn, memberProperties } from '../../../lib/context.ts';
import { say } from '../../../lib/messages.ts';
import { errors } from '../../../lib/errors.ts';
import { hasEnded, isActive } from './booking.rules.ts';
import type { BookingRow } from './booking.repository.ts';
import { maySee } from '../confidentiality/confidentiality.policy.ts';

type Scoped = Pick<BookingRow, 'propertyId' | 'organizationId'>;
type Leveled = Scoped & Pick<BookingRow, 'confidentiality'>;

/** Organizers see and act on their own organization's bookings only; staff and the bureau see the property's. */
export const ownOrganizationOnly = (actor: Actor, propertyId: string) =>
  !isStaffIn(actor, propertyId) && !can(actor, propertyId, 'bookings.approve');

const ownsIt = (actor: Actor, b: Scoped) => actor.organizationId !== null && b.organizationId === actor.organizationId;

/** The base rule, before confidentiality: the permission, and outside users their own organization's only. */
export function mayReadRow(actor: Actor, b: Scoped): boolean {
  return can(actor, b.propertyId, 'bookings.read') && (!ownOrganizationOnly(actor, b.propertyId) || ownsIt(actor, b));
}

/**
 * The booking is readable (then whole) by the actor: the base rule and the M12 confidentiality rule.
 * `assignedAuthorised`: the actor is assigned to its meeting's tasks and authorised (looked up by the caller).
 */
export function canRead(actor: Actor, b: Leveled, assignedAuthorised = false): boolean {
  return mayReadRow(actor, b) && maySee(actor, b, assignedAuthorised);
}

/** Change or cancel: booking staff any booking, an organizer their organization's; only while it holds the venue. */
function canEdit(actor: Actor, b: BookingRow): boolean {
  if (!isActive(b.status)) return false;
  return can(actor, b.propertyId, 'bookings.manage') || (can(actor, b.propertyId, 'bookings.create') && ownsIt(actor, b));
}

/** Once a booking has ended only booking staff may correct it (with a reason); nobody cancels it. */
/** A booking whose meeting is over cannot change (or be cancelled) any more: 422 booking_in_past. */
export const inPast = (ctx: Ctx) =>
  errors.rule('booking_in_past', say(ctx, '会议已结束，不能再更改或取消', 'The meeting is over: it can no longer be changed or cancelled'));

export function policies(actor: Actor, b: BookingRow, now: Date): BookingPolicies {
  const decide = can(actor, b.propertyId, 'bookings.approve') && b.status === 'requested' && !hasEnded(b, now);
  const edit = canEdit(actor, b);
  if (hasEnded(b, now))
    return { update: edit && can(actor, b.propertyId, 'bookings.manage'), cancel: false, approve: false, reject: false, correctOnly: true };
  return { update: edit, cancel: edit, approve: decide, reject: decide, correctOnly: false };
}

/** A propertyId in a request: 400 on the field if the actor holds no role there, 403 without the permission. */
export function authorizeCreate(actor: Actor, propertyId: string) {
  if (!memberProperties(actor).includes(propertyId)) throw errors.field('propertyId', 'unknown property', 'unknown_reference');
  if (!can(actor, propertyId, 'bookings.create')) throw errors.forbidden();
}
