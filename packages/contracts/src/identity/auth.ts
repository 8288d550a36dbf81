/** Signing in and the session: who is signed in, their roles per property, and the CSRF token. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { reqText, uuid } from '../fields.ts';

/** POST /auth/login */
export const authLoginBody = z.object({ username: reqText(64), password: z.string().min(1).max(200) }).strict();
export type AuthLoginBody = z.input<typeof authLoginBody>;

/** POST /auth/password: change one's own password. */
export const passwordChangeBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) })
  .strict();
export type PasswordChangeBody = z.input<typeof passwordChangeBody>;

/** PUT /auth/locale: the language of one's e-mail and SMS notifications. */
export const localeChangeBody = z.object({ locale: z.enum(['zh-CN', 'en-US']) }).strict();
export type LocaleChangeBody = z.input<typeof localeChangeBody>;

/** A property the signed-in user holds roles in. */
export const sessionProperty = z.object({
  id: uuid,
  name: z.string(),
  code: z.string(),
  timeZone: z.string(),
  roles: z.array(z.enum(ROLES)),
});
export type SessionProperty = z.infer<typeof sessionProperty>;

/** GET /auth/me (and the answer of POST /auth/login): the signed-in user. */
export const sessionMe = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.string(),
  mustChangePassword: z.boolean(),
  organizationId: uuid.nullable(),
  organizationName: z.string().nullable(),
  unitId: uuid.nullable(),
  unitLabel: z.string().nullable(),
  properties: z.array(sessionProperty),
  csrfToken: z.string(),
});
export type SessionMe = z.infer<typeof sessionMe>;
