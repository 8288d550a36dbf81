/** Who may do what with places records: read scope, the record's property, the property named in a body. */
import type { RecordPolicies } from '@hy/contracts';
import { type Actor, can, memberProperties, isStaffIn } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Visibility } from './resource.repository.ts';

export const canManage = (actor: Actor, propertyId: string) => can(actor, propertyId, 'places.manage');

/** Member without staff role: organizer, tenant, bureau approver — they see only their own records. */
export const isOutsider = (actor: Actor, propertyId: string) => !isStaffIn(actor, propertyId);

export function recordPolicies(actor: Actor, propertyId: string, archivable = true): RecordPolicies {
  const manage = canManage(actor, propertyId);
  return { update: manage, archive: manage && archivable };
}

/**
 * The properties a list may draw from: every readable one, or only `propertyId` (404 when the
 * actor holds no role there). Outside users' properties go to `limited`.
 */
export function readScope(actor: Actor, propertyId?: string): Visibility {
  const members = memberProperties(actor).filter((p) => can(actor, p, 'places.read'));
  if (propertyId && !members.includes(propertyId)) throw errors.notFound('property');
  const scope = propertyId ? [propertyId] : members;
  return { full: scope.filter((p) => !isOutsider(actor, p)), limited: scope.filter((p) => isOutsider(actor, p)) };
}

/**
 * A record's property, checked for a permission: 404 for a non-member, 403 for a member without
 * the permission. `ownOnly` additionally hides other records from outside users (404).
 */
export function authorizeRecord(actor: Actor, propertyId: string, permission: 'places.read' | 'places.manage', ownOnly?: () => boolean) {
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!can(actor, propertyId, permission)) throw errors.forbidden();
  if (ownOnly && isOutsider(actor, propertyId) && !ownOnly()) throw errors.notFound();
}

/** A propertyId in a request body: 400 on the field if the actor holds no role there, 403 without the permission. */
export function authorizeTarget(actor: Actor, propertyId: string, permission: 'places.manage' | 'settings.manage' = 'places.manage') {
  if (!memberProperties(actor).includes(propertyId)) throw errors.field('propertyId', 'unknown property', 'unknown_reference');
  if (!can(actor, propertyId, permission)) throw errors.forbidden();
}
