/**
 * Who may do what to a visit. The desk, security and managers (frontdesk.visitors) see every visit of the
 * property; anyone else only the visits they host or registered. ID numbers in full only to the desk and
 * managers; the slip's token to the desk and the host.
 */
import { can, hasRole, memberProperties, type Actor } from '../../../lib/context.ts';
import type { VisitRow } from './visitors.repository.ts';
import { allowed } from './visitors.rules.ts';

export const isDesk = (a: Actor, propertyId: string) => can(a, propertyId, 'frontdesk.visitors');
export const isHost = (a: Actor, v: Pick<VisitRow, 'hostUserId' | 'createdBy'>) => v.hostUserId === a.id || v.createdBy === a.id;

export function canReadVisit(a: Actor, v: Pick<VisitRow, 'propertyId' | 'hostUserId' | 'createdBy'>) {
  if (!memberProperties(a).includes(v.propertyId)) return false;
  return isDesk(a, v.propertyId) || isHost(a, v);
}

export const seesIdNumber = (a: Actor, propertyId: string) =>
  hasRole(a, propertyId, 'front_desk', 'cs_supervisor', 'project_manager', 'general_manager', 'admin');

export function visitPolicies(a: Actor, v: VisitRow) {
  const desk = isDesk(a, v.propertyId);
  const host = v.hostUserId === a.id;
  return {
    consent: (desk || host) && allowed(v.status, 'consent'),
    checkIn: desk && allowed(v.status, 'check_in'),
    checkOut: (desk || host) && allowed(v.status, 'check_out'),
    decide: can(a, v.propertyId, 'frontdesk.visitors.decide') && allowed(v.status, 'decide'),
    cancel: (desk || isHost(a, v)) && allowed(v.status, 'cancel'),
    noShow: desk && v.kind === 'appointment' && allowed(v.status, 'no_show'),
  };
}
