/** Signing in and out, the session's actor, and the signed-in user's own answer (`me`). */
import { createHash, randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import type { Role } from '@hy/contracts';
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as users from '../users/users.repository.ts';
import * as repo from './auth.repository.ts';
import { throttleState, LOGIN_THROTTLE, SESSION_TTL_HOURS } from './auth.rules.ts';

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$6r0BJZkTzpmhEzOqeptEtA$zCyIhojjNtmEBgi04M5eydYveGfSvfu1MA+MCzJ2pYY';

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function buildActor(db: Ctx['db'], user: users.UserRow): Promise<Actor> {
  return actorOf(user, await users.rolesOf(db, user.id));
}

export function actorOf(user: users.UserRow, grants: { propertyId: string; role: string }[]): Actor {
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
  const user = await users.findUserByUsername(ctx.db, input.username);
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
  const user = await users.findUserById(ctx.db, actor.id);
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
