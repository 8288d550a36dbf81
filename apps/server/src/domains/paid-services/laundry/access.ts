/** Who may see and do what in laundry and meals: staff by permission and property; a tenant only their own company (others 404). */
import { PAID_SERVICES_ERROR_CODES } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';

export const refused = (ctx: Ctx, code: string, path?: string, detail?: string) => {
  const c = PAID_SERVICES_ERROR_CODES[code]!;
  const msg = detail ?? say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined);
};

/** A reader of a property's lists: staff with paidservices.read, or a tenant (own = their company). */
export function reader(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (can(actor, propertyId, 'paidservices.read')) return { actor, own: null as string | null };
  authorize(actor, propertyId, 'paidservices.own');
  if (!actor.organizationId) throw errors.forbidden();
  return { actor, own: actor.organizationId };
}

/** Whether the actor may see a record of a company in a property (404 otherwise). */
export function seeRecord(ctx: Ctx, r: { propertyId: string; organizationId: string } | null, what: string) {
  const actor = requireActor(ctx);
  if (!r || !memberProperties(actor).includes(r.propertyId)) throw errors.notFound(what);
  if (can(actor, r.propertyId, 'paidservices.read')) return { actor, staff: true };
  if (can(actor, r.propertyId, 'paidservices.own') && actor.organizationId === r.organizationId) return { actor, staff: false };
  throw errors.notFound(what);
}

/** The desk (or a supervisor) works the record. */
export function deskOrManage(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!can(actor, propertyId, 'paidservices.desk') && !can(actor, propertyId, 'paidservices.manage')) throw errors.forbidden();
  return actor;
}
