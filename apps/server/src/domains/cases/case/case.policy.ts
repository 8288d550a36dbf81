/** Who may see and do what with service-desk records. */
import type { CasePolicies, Role } from '@hy/contracts';
import { type Actor, can, memberProperties, rolesIn, propertiesWith } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { canTransition, isPinned } from './case.rules.ts';
import type { CaseRow } from './case.repository.ts';

export const isReporter = (actor: Actor, c: Pick<CaseRow, 'reporterId'>) => !!c.reporterId && c.reporterId === actor.id;

/**
 * Staff with cases.read see the property's cases; whoever reported a case follows it (a tenant, or a
 * cleaner, guard or meeting staff member who recorded what they saw), read-only unless they may handle it.
 */
export function canReadCase(actor: Actor, c: Pick<CaseRow, 'propertyId' | 'reporterId' | 'createdBy'>): boolean {
  return can(actor, c.propertyId, 'cases.read') || (memberProperties(actor).includes(c.propertyId) && follows(actor, c));
}

/** The reporter, or the staff member who recorded the case. */
export const follows = (actor: Actor, c: Pick<CaseRow, 'reporterId' | 'createdBy'>) => isReporter(actor, c) || c.createdBy === actor.id;

/** Properties where the actor may record or report cases (and so follow their own). */
const reportingProperties = (actor: Actor) => [
  ...new Set([...propertiesWith(actor, 'cases.report'), ...propertiesWith(actor, 'cases.intake')]),
];

/** canReadCase, or 404 (the case's existence is not revealed). */
export function assertVisible(actor: Actor, c: Pick<CaseRow, 'propertyId' | 'reporterId' | 'createdBy'>) {
  if (!canReadCase(actor, c)) throw errors.notFound('case');
}

/** The properties a list draws from: full (staff) and own-only (tenants). */
export function listScope(actor: Actor, propertyId?: string) {
  if (propertyId && !memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  const pick = (ids: string[]) => (propertyId ? ids.filter((p) => p === propertyId) : ids);
  const full = pick(propertiesWith(actor, 'cases.read'));
  const own = pick(reportingProperties(actor)).filter((p) => !full.includes(p));
  if (!full.length && !own.length) throw errors.forbidden();
  return { full, own };
}

/** `extensionApprovers`: who may extend this case's deadline (the property's setting for its severity). */
export function casePolicies(actor: Actor, c: CaseRow, extensionApprovers: readonly Role[]): CasePolicies {
  const handle = can(actor, c.propertyId, 'cases.handle');
  const open = c.status !== 'closed';
  const to = (s: Parameters<typeof canTransition>[1]) => handle && canTransition(c.status, s);
  return {
    update: handle && open,
    classify: handle && open,
    followUp: open && (handle || isReporter(actor, c)),
    dispatch: to('dispatched'),
    pause: to('waiting_customer'),
    resume: handle && c.status === 'waiting_customer',
    resolve: to('resolved'),
    extend: open && c.status !== 'resolved' && rolesIn(actor, c.propertyId).some((r) => extensionApprovers.includes(r)),
    close: to('closed'),
    issueWorkOrder: handle && open && c.status !== 'waiting_customer',
    callback: handle && (c.status === 'resolved' || c.status === 'closed'),
    // any status: an emergency stays pinned until a manager signs it off, also once closed
    signOffEmergency: can(actor, c.propertyId, 'cases.supervise') && isPinned(c),
  };
}
