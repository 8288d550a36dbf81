import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ROLES, type Role, OUTSIDE_ROLES } from '@hy/contracts';
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor, propertiesWith, hasRole } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './users.repository.ts';
import {
  checkPassword,
  throttleState,
  adminReach,
  type AdminReach,
  LOGIN_THROTTLE,
  SESSION_TTL_HOURS,
  PASSWORD_REASON_TEXT,
} from '../account/account.rules.ts';

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$6r0BJZkTzpmhEzOqeptEtA$zCyIhojjNtmEBgi04M5eydYveGfSvfu1MA+MCzJ2pYY';

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function hashPassword(pw: string) {
  return hash(pw);
}

function passwordError(ctx: Ctx, path: string, reasons: ReturnType<typeof checkPassword>['reasons']) {
  const msg = reasons.map((r) => say(ctx, PASSWORD_REASON_TEXT[r].zh, PASSWORD_REASON_TEXT[r].en)).join(say(ctx, '；', '; '));
  const code = reasons.includes('is_default') ? 'default_password_refused' : 'weak_password';
  return errors.rule(code, msg, undefined, [{ path, message: msg, code }]);
}

export function assertPasswordAcceptable(ctx: Ctx, pw: string, path = 'password') {
  const v = checkPassword(pw, { production: ctx.production });
  if (!v.ok) throw passwordError(ctx, path, v.reasons);
}

export async function buildActor(db: Ctx['db'], user: repo.UserRow): Promise<Actor> {
  return actorOf(user, await repo.rolesOf(db, user.id));
}

export function actorOf(user: repo.UserRow, grants: { propertyId: string; role: string }[]): Actor {
  const roles: Record<string, Role[]> = {};
  for (const r of grants) (roles[r.propertyId] ??= []).push(r.role as Role);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    organizationId: user.organizationId,
    unitId: user.unitId,
    roles,
  };
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

export async function login(ctx: Ctx, input: { username: string; password: string; userAgent?: string }): Promise<LoginResult> {
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const t = throttleState(await repo.recentFailures(ctx.db, input.username, since), now);
  if (t.blocked)
    throw errors.of(
      'too_many_attempts',
      say(ctx, `请 ${Math.ceil(t.retryAfterSec / 60)} 分钟后再试`, `Try again in ${t.retryAfterSec} s`),
      undefined,
      { retryAfter: t.retryAfterSec },
    );
  const user = await repo.findUserByUsername(ctx.db, input.username);
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user || !ok) {
    await repo.recordFailure(ctx.db, input.username, ctx.ip, now);
    throw errors.of('invalid_credentials');
  }
  if (user.disabled) throw errors.of('account_disabled');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_HOURS * 3600_000);
  await ctx.db.transaction(async (tx) => {
    await repo.clearFailures(tx, input.username);
    await repo.insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      ip: ctx.ip ?? null,
      userAgent: input.userAgent ?? null,
      expiresAt,
      createdAt: now,
      lastSeenAt: now,
    });
    await audit(
      tx,
      { ...ctx, actor: { id: user.id, displayName: user.displayName } as Actor },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
  });
  return { token, csrfToken, expiresAt, actor: await buildActor(ctx.db, user) };
}

export async function logout(ctx: Ctx, sessionId: string) {
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSession(tx, sessionId);
    if (ctx.actor) await audit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.id });
  });
}

export async function me(ctx: Ctx, csrfToken: string) {
  const actor = requireActor(ctx);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user) throw errors.unauthenticated();
  const props = await repo.propertyNames(ctx.db, Object.keys(actor.roles));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    phone: user.phone,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    organizationId: user.organizationId,
    organizationName: await repo.organizationName(ctx.db, user.organizationId),
    unitId: user.unitId,
    unitLabel: await repo.unitLabel(ctx.db, user.unitId),
    properties: props.map((p) => ({ id: p.id, name: p.name, code: p.code, timeZone: p.timeZone, roles: actor.roles[p.id] ?? [] })),
    csrfToken,
  };
}

export async function changePassword(ctx: Ctx, sessionId: string, input: { currentPassword: string; newPassword: string }) {
  const actor = requireActor(ctx);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user) throw errors.unauthenticated();
  if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    throw errors.rule('wrong_password', say(ctx, '当前密码不正确', 'The current password is wrong'), undefined, [
      { path: 'currentPassword', message: say(ctx, '不正确', 'wrong') },
    ]);
  }
  assertPasswordAcceptable(ctx, input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, actor.id, { passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now() });
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    await repo.deleteSessionsOfUser(tx, actor.id, sessionId);
    await audit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: actor.id });
  });
}

// ---------- administration ----------

export function presentUser(u: repo.UserRow, roles: { propertyId: string; role: string }[], reach: AdminReach = 'full') {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    organizationId: u.organizationId,
    unitId: u.unitId,
    locale: u.locale,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    roles: roles.map((r) => ({ propertyId: r.propertyId, role: r.role as Role })),
    /** What the asking administrator may do: change the account itself, or only their properties' roles. */
    policies: { update: reach === 'full', roles: reach !== 'none' },
  };
}

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
    if (input.disabled === true || input.password !== undefined) await repo.deleteSessionsOfUser(tx, id);
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

export async function grantRole(ctx: Ctx, id: string, grant: { propertyId: string; role: Role }) {
  const { actor, scope } = await loadManagedUser(ctx, id);
  checkGrantScope(ctx, scope, [grant]);
  await ctx.db.transaction(async (tx) => {
    await repo.grantRoles(tx, [{ userId: id, propertyId: grant.propertyId, role: grant.role, grantedBy: actor.id }]);
    await audit(tx, ctx, {
      action: 'user.role_granted',
      entityType: 'user',
      entityId: id,
      propertyId: grant.propertyId,
      meta: { role: grant.role },
    });
  });
  return getUser(ctx, id);
}

export async function revokeRole(ctx: Ctx, id: string, grant: { propertyId: string; role: Role }) {
  const { actor, scope } = await loadManagedUser(ctx, id);
  checkGrantScope(ctx, scope, [grant]);
  if (id === actor.id && grant.role === 'admin')
    throw errors.rule('cannot_revoke_own_admin', say(ctx, '不能撤销自己的管理员角色', 'You cannot remove your own administrator role'));
  await ctx.db.transaction(async (tx) => {
    const removed = await repo.revokeRole(tx, id, grant.propertyId, grant.role);
    if (!removed) throw errors.notFound('role');
    await audit(tx, ctx, {
      action: 'user.role_revoked',
      entityType: 'user',
      entityId: id,
      propertyId: grant.propertyId,
      meta: { role: grant.role },
    });
  });
  return getUser(ctx, id);
}

/** For domain code: is this an outside user in the property (organizer, tenant, bureau)? */
export function isOutsideOnly(actor: Actor, propertyId: string) {
  const held = actor.roles[propertyId] ?? [];
  return held.length > 0 && held.every((r) => OUTSIDE_ROLES.includes(r));
}
export { hasRole };
