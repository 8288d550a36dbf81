import type { Role, Permission } from '@hy/contracts';
import { rolesAllow, OUTSIDE_ROLES } from '@hy/contracts';
import type { Db, DbOrTx } from '../db/client.ts';
import { errors } from './errors.ts';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  organizationId: string | null;
  unitId: string | null;
  /** roles per property id */
  roles: Record<string, Role[]>;
}

/** What a service call needs: the database, who is acting, and where the request came from. */
export interface Ctx {
  db: Db;
  actor: Actor | null;
  requestId?: string;
  ip?: string;
  locale: 'zh-CN' | 'en-US';
  /** NODE_ENV=production: no demo data, default passwords refused. */
  production: boolean;
  now(): Date;
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw errors.unauthenticated();
  return ctx.actor;
}

export function rolesIn(actor: Actor, propertyId: string): Role[] {
  return actor.roles[propertyId] ?? [];
}

export function hasRole(actor: Actor, propertyId: string, ...roles: Role[]): boolean {
  const held = rolesIn(actor, propertyId);
  return roles.some((r) => held.includes(r));
}

export function can(actor: Actor, propertyId: string, permission: Permission): boolean {
  return rolesAllow(rolesIn(actor, propertyId), permission);
}

/** Properties where the actor holds a permission: every query is limited to them. */
export function propertiesWith(actor: Actor, permission: Permission): string[] {
  return Object.keys(actor.roles).filter((p) => can(actor, p, permission));
}

/** Every property the actor holds any role in. */
export function memberProperties(actor: Actor): string[] {
  return Object.keys(actor.roles).filter((p) => actor.roles[p]!.length > 0);
}

/** Staff in a property: holds at least one role that is not an outside role. */
export function isStaffIn(actor: Actor, propertyId: string): boolean {
  return rolesIn(actor, propertyId).some((r) => !OUTSIDE_ROLES.includes(r));
}

/**
 * Throws 404 when the actor holds no role in the property at all (the record's existence is not
 * revealed), 403 when they are a member but lack the permission.
 */
export function authorize(actor: Actor, propertyId: string, permission: Permission): void {
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!can(actor, propertyId, permission)) throw errors.forbidden();
}

/** The context of the system's own writes (jobs, reconciliations): no actor, zh-CN texts, the job's time. */
export const systemCtx = (db: DbOrTx, now: Date): Ctx => ({
  db: db as Db,
  actor: null,
  locale: 'zh-CN',
  production: false,
  now: () => now,
});
