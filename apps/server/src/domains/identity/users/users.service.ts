/** Administering user accounts (X1): list, show, create, change, grant and revoke roles, within the properties one administers. */
import { ROLES, type Role } from '@hy/contracts';
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor, propertiesWith } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { assertPasswordAcceptable, hashPassword } from '../account/account.service.ts';
import { deleteSessionsOfUser } from '../auth/auth.repository.ts';
import * as repo from './users.repository.ts';
import { presentUser } from './users.presenter.ts';
import { adminReach, type AdminReach } from './users.rules.ts';

function adminProperties(actor: Actor) {
  return propertiesWith(actor, 'users.manage');
}

export async function listUsers(
  ctx: Ctx,
  q: { propertyId?: string; q?: string; role?: string; limit: number; cursor?: string; unassigned?: boolean },
) {
  const actor = requireActor(ctx);
  let scope = adminProperties(actor);
  if (!scope.length) throw errors.forbidden();
  if (q.propertyId) {
    if (!scope.includes(q.propertyId)) throw errors.notFound('property');
    scope = [q.propertyId];
  }
  const rows = q.unassigned
    ? await repo.usersWithoutRoles(ctx.db)
    : await repo.listUsersInProperties(ctx.db, scope, { q: q.q, role: q.role, limit: q.limit + 1, after: q.cursor });
  const admin = adminProperties(actor);
  const ties = await repo.propertyTiesOf(
    ctx.db,
    rows.map((u) => u.id),
  );
  // An account without roles is listed only where its organization or unit (if any) is the admin's.
  const shown = rows.filter((u) => adminReach(admin, ties.get(u.id)!) !== 'none');
  const page = shown.slice(0, q.limit);
  const roles = await repo.rolesOfMany(
    ctx.db,
    page.map((u) => u.id),
  );
  return {
    data: page.map((u) =>
      presentUser(
        u,
        roles.filter((r) => r.userId === u.id && scope.includes(r.propertyId)),
        adminReach(admin, ties.get(u.id)!),
      ),
    ),
    nextCursor: !q.unassigned && rows.length > q.limit ? page[page.length - 1]!.username : null,
  };
}

async function loadManagedUser(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const scope = adminProperties(actor);
  if (!scope.length) throw errors.forbidden();
  const user = await repo.findUserById(ctx.db, id);
  if (!user) throw errors.notFound('user');
  const roles = await repo.rolesOfMany(ctx.db, [id]);
  // X1: an admin reaches an account through the properties it is tied to (roles, organization,
  // unit). Tied only elsewhere → not theirs (404); tied also elsewhere → only their roles.
  const reach = adminReach(scope, (await repo.propertyTiesOf(ctx.db, [id])).get(id)!);
  if (reach === 'none') throw errors.notFound('user');
  return { actor, scope, user, roles, reach };
}

/** Changing an account itself (profile, password, status) needs reach over every property it is tied to. */
function requireFullReach(reach: AdminReach) {
  if (reach !== 'full') throw errors.of('user_managed_elsewhere');
}

/** An organization or unit given for an account must belong to a property the admin administers. */
async function checkPlaceScope(ctx: Ctx, scope: string[], input: { organizationId?: string | null; unitId?: string | null }) {
  for (const [field, table] of [
    ['organizationId', 'organization'],
    ['unitId', 'unit'],
  ] as const) {
    const id = input[field];
    if (!id) continue;
    const propertyId = await repo.placeProperty(ctx.db, table, id);
    if (!propertyId || !scope.includes(propertyId)) {
      throw errors.field(
        field,
        say(ctx, table === 'unit' ? '单元不存在或无权管理' : '单位不存在或无权管理', `Unknown ${table}`),
        'unknown_reference',
      );
    }
  }
}

export async function getUser(ctx: Ctx, id: string) {
  const { user, roles, scope, reach } = await loadManagedUser(ctx, id);
  return presentUser(
    user,
    roles.filter((r) => scope.includes(r.propertyId)),
    reach,
  );
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  email?: string | null;
  phone?: string | null;
  organizationId?: string | null;
  unitId?: string | null;
  locale?: 'zh-CN' | 'en-US';
  mustChangePassword?: boolean;
  roles: { propertyId: string; role: Role }[];
}

function checkGrantScope(ctx: Ctx, scope: string[], grants: { propertyId: string; role: string }[]) {
  grants.forEach((g, i) => {
    if (!scope.includes(g.propertyId))
      throw errors.field(`roles.${i}.propertyId`, say(ctx, '项目不存在或无权管理', 'Unknown property'), 'unknown_property');
    if (!(ROLES as readonly string[]).includes(g.role)) throw errors.field(`roles.${i}.role`, 'unknown role');
  });
}

export async function createUser(ctx: Ctx, input: CreateUserInput) {
  const actor = requireActor(ctx);
  const scope = adminProperties(actor);
  if (!scope.length) throw errors.forbidden();
  checkGrantScope(ctx, scope, input.roles);
  await checkPlaceScope(ctx, scope, input);
  assertPasswordAcceptable(ctx, input.password);
  if (await repo.findUserByUsername(ctx.db, input.username))
    throw errors.duplicate('username', say(ctx, '用户名已存在', 'Username already taken'));
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const u = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      email: input.email ?? null,
      phone: input.phone ?? null,
      organizationId: input.organizationId ?? null,
      unitId: input.unitId ?? null,
      locale: input.locale ?? 'zh-CN',
      mustChangePassword: input.mustChangePassword ?? true,
    });
    await repo.grantRoles(
      tx,
      input.roles.map((r) => ({ userId: u.id, propertyId: r.propertyId, role: r.role, grantedBy: actor.id })),
    );
    const { passwordHash: _ph, ...after } = u;
    await audit(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: u.id,
      propertyId: input.roles[0]?.propertyId ?? null,
      before: null,
      after: { ...after, roles: input.roles },
    });
    return presentUser(u, input.roles);
  });
}

export interface UpdateUserInput {
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  organizationId?: string | null;
  unitId?: string | null;
  locale?: 'zh-CN' | 'en-US';
  disabled?: boolean;
  password?: string;
}

export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput) {
  const { actor, user, roles, scope, reach } = await loadManagedUser(ctx, id);
  requireFullReach(reach);
  await checkPlaceScope(ctx, scope, input);
  if (input.disabled === true && id === actor.id)
    throw errors.rule('cannot_disable_self', say(ctx, '不能停用自己的账号', 'You cannot disable your own account'));
  const patch: Parameters<typeof repo.updateUser>[2] = {};
  for (const k of ['displayName', 'email', 'phone', 'organizationId', 'unitId', 'locale', 'disabled'] as const) {
    if (input[k] !== undefined) (patch as Record<string, unknown>)[k] = input[k];
  }
  if (input.password !== undefined) {
    assertPasswordAcceptable(ctx, input.password);
    patch.passwordHash = await hashPassword(input.password);
    patch.mustChangePassword = true;
  }
  return ctx.db.transaction(async (tx) => {
    const u = await repo.updateUser(tx, id, patch);
    if (!u) throw errors.notFound('user');
    if (input.disabled === true || input.password !== undefined) await deleteSessionsOfUser(tx, id);
    const strip = ({ passwordHash: _p, ...rest }: repo.UserRow) => rest;
    await audit(tx, ctx, {
      action: input.disabled === true ? 'user.disabled' : input.disabled === false ? 'user.enabled' : 'user.updated',
      entityType: 'user',
      entityId: id,
      propertyId: roles.find((r) => scope.includes(r.propertyId))?.propertyId ?? null,
      before: strip(user),
      after: strip(u),
      meta: input.password !== undefined ? { passwordReset: true } : undefined,
    });
    return presentUser(
      u,
      roles.filter((r) => scope.includes(r.propertyId)),
      reach,
    );
  });
}

type RoleGrant = { propertyId: string; role: Role };

/** The audit entry of a role granted or revoked. */
const roleChange = (action: 'user.role_granted' | 'user.role_revoked', id: string, grant: RoleGrant) => ({
  action,
  entityType: 'user',
  entityId: id,
  propertyId: grant.propertyId,
  meta: { role: grant.role },
});

export async function grantRole(ctx: Ctx, id: string, grant: RoleGrant) {
  const { actor, scope } = await loadManagedUser(ctx, id);
  checkGrantScope(ctx, scope, [grant]);
  await ctx.db.transaction(async (tx) => {
    await repo.grantRoles(tx, [{ userId: id, propertyId: grant.propertyId, role: grant.role, grantedBy: actor.id }]);
    await audit(tx, ctx, roleChange('user.role_granted', id, grant));
  });
  return getUser(ctx, id);
}

export async function revokeRole(ctx: Ctx, id: string, grant: RoleGrant) {
  const { actor, scope } = await loadManagedUser(ctx, id);
  checkGrantScope(ctx, scope, [grant]);
  if (id === actor.id && grant.role === 'admin')
    throw errors.rule('cannot_revoke_own_admin', say(ctx, '不能撤销自己的管理员角色', 'You cannot remove your own administrator role'));
  await ctx.db.transaction(async (tx) => {
    const removed = await repo.revokeRole(tx, id, grant.propertyId, grant.role);
    if (!removed) throw errors.notFound('role');
    await audit(tx, ctx, roleChange('user.role_revoked', id, grant));
  });
  return getUser(ctx, id);
}
