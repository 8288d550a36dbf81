/** Who may see and do what with bookings; the same answers go to the UI as `policies`. */
import { CLOSED_CONFIDENTIALITY, type BookingPolicies, type Confidentiality } from '@hy/contracts';
import { type Actor, can, isStaffIn, memberProperties } from '../../lib/context.ts';
import { errors } from '../../lib/errors.ts';
import { isActive } from './bookings.rules.ts';
import type { BookingRow } from './bookings.repository.ts';

type Scoped = Pick<BookingRow, 'propertyId' | 'organizationId'>;

/** Organizers see and act on their own organization's bookings only; staff and the bureau see the property's. */
export const ownOrganizationOnly = (actor: Actor, propertyId: string) =>
  !isStaffIn(actor, propertyId) && !can(actor, propertyId, 'bookings.approve');

const ownsIt = (actor: Actor, b: Scoped) => actor.organizationId !== null && b.organizationId === actor.organizationId;

export function canRead(actor: Actor, b: Scoped): boolean {
  return can(actor, b.propertyId, 'bookings.read') && (!ownOrganizationOnly(actor, b.propertyId) || ownsIt(actor, b));
}

/** Topic, notes and forms of confidential/secret meetings: the organizer and the booking staff and bureau only. */
export function canSeeContent(actor: Actor, b: Scoped & { confidentiality: Confidentiality }): boolean {
  if (!canRead(actor, b)) return false;
  if (!CLOSED_CONFIDENTIALITY.includes(b.confidentiality)) return true;
  return can(actor, b.propertyId, 'bookings.manage') || can(actor, b.propertyId, 'bookings.approve') || ownsIt(actor, b);
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
