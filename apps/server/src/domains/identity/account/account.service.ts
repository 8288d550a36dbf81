/** An account's password (hashing, the strength check, changing one's own) and the language of one's messages. */
import { hash, verify } from '@node-rs/argon2';
import type { Ctx } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as users from '../users/users.repository.ts';
import { deleteSessionsOfUser } from '../auth/auth.repository.ts';
import { checkPassword, PASSWORD_REASON_TEXT } from './account.rules.ts';

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

export async function changePassword(ctx: Ctx, sessionId: string, input: { currentPassword: string; newPassword: string }) {
  const actor = requireActor(ctx);
  const user = await users.findUserById(ctx.db, actor.id);
  if (!user) throw errors.unauthenticated();
  if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    throw errors.rule('wrong_password', say(ctx, '当前密码不正确', 'The current password is wrong'), undefined, [
      { path: 'currentPassword', message: say(ctx, '不正确', 'wrong') },
    ]);
  }
  assertPasswordAcceptable(ctx, input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await users.updateUser(tx, actor.id, { passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now() });
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    await deleteSessionsOfUser(tx, actor.id, sessionId);
    await audit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: actor.id });
  });
}

/** The language the user's e-mail and SMS are written in (the web follows its own language switch). */
export async function changeLocale(ctx: Ctx, locale: 'zh-CN' | 'en-US') {
  const actor = requireActor(ctx);
  const user = await users.findUserById(ctx.db, actor.id);
  if (!user) throw errors.unauthenticated();
  if (user.locale === locale) return;
  await ctx.db.transaction(async (tx) => {
    await users.updateUser(tx, actor.id, { locale });
    await audit(tx, ctx, {
      action: 'user.locale_changed',
      entityType: 'user',
      entityId: actor.id,
      before: { locale: user.locale },
      after: { locale },
    });
  });
}
