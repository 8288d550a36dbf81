/** Who may see and do what with bookings; the same answers go to the UI as `policies`. */
import type { BookingPolicies } from '@hy/contracts';
import { type Actor, can, isStaffIn, memberProperties } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { isActive } from './booking.rules.ts';
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

export function policies(actor: Actor, b: BookingRow): BookingPolicies {
  const decide = can(actor, b.propertyId, 'bookings.approve') && b.status === 'requested';
  const edit = canEdit(actor, b);
  return { update: edit, cancel: edit, approve: decide, reject: decide };
}

/** A propertyId in a request: 400 on the field if the actor holds no role there, 403 without the permission. */
export function authorizeCreate(actor: Actor, propertyId: string) {
  if (!memberProperties(actor).includes(propertyId)) throw errors.field('propertyId', 'unknown property', 'unknown_reference');
  if (!can(actor, propertyId, 'bookings.create')) throw errors.forbidden();
}
