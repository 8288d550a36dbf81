/** User administration: accounts with roles per property. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { instant, optText, page, reqText, uuid } from '../fields.ts';

/** A role held in a property (also the body of POST/DELETE /users/{id}/roles). */
export const userRoleGrant = z.object({ propertyId: uuid, role: z.enum(ROLES) });
export type UserRoleGrant = z.infer<typeof userRoleGrant>;

const userEmail = z.string().trim().email().max(200).nullish().or(z.literal(''));
const userLocale = z.enum(['zh-CN', 'en-US']);

/** POST /users */
export const userCreateBody = z
  .object({
    username: z
      .string()
      .trim()
      .min(2)
      .max(64)
      .regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits, _ . @ -'),
    displayName: reqText(64),
    password: z.string().min(1).max(200),
    email: userEmail.transform((v) => v || null),
    phone: optText(30),
    organizationId: uuid.nullish(),
    unitId: uuid.nullish(),
    locale: userLocale.optional(),
    mustChangePassword: z.boolean().optional(),
    roles: z.array(userRoleGrant).max(50).default([]),
  })
  .strict();
export type UserCreateBody = z.input<typeof userCreateBody>;

/** PATCH /users/{id}: profile, status or a password reset. */
export const userUpdateBody = z
  .object({
    displayName: reqText(64).optional(),
    email: userEmail.transform((v) => (v === undefined ? undefined : v || null)),
    phone: optText(30).optional(),
    organizationId: uuid.nullish(),
    unitId: uuid.nullish(),
    locale: userLocale.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(1).max(200).optional(),
  })
  .strict();
export type UserUpdateBody = z.input<typeof userUpdateBody>;

/** A user account as an administrator sees it (GET /users, /users/{id} and the writes' answers). */
export const userAccount = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organizationId: uuid.nullable(),
  unitId: uuid.nullable(),
  locale: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: instant,
  /** The roles in the properties the asking administrator administers. */
  roles: z.array(userRoleGrant),
  /** update: profile, password and status are the asking admin's to change (false when the account also belongs to a property they do not administer); roles: they may grant and revoke roles of their properties. */
  policies: z.object({ update: z.boolean(), roles: z.boolean() }),
});
export type UserAccount = z.infer<typeof userAccount>;
export const userAccountPage = page(userAccount);
export type UserAccountPage = z.infer<typeof userAccountPage>;
