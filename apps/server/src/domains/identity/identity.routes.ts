import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { ROLES } from '@hy/contracts';
import { typed, uuidParam, pageQuery, optText, reqText } from '../../lib/http.ts';
import { requireAuth, SESSION_COOKIE } from '../../plugins/require-auth.ts';
import * as svc from './identity.service.ts';
import { SESSION_TTL_HOURS } from './identity.rules.ts';

const roleGrant = z.object({ propertyId: z.string().uuid(), role: z.enum(ROLES) });
const tags = ['identity'];

export async function identityRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in; sets the HttpOnly session cookie',
        body: z.object({ username: reqText(64), password: z.string().min(1).max(200) }).strict(),
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const res = await svc.login(req.ctx(), { ...req.body, userAgent: req.headers['user-agent'] });
      reply.setCookie(SESSION_COOKIE, res.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: fastify.config.production,
        maxAge: SESSION_TTL_HOURS * 3600,
      });
      req.actor = res.actor;
      return svc.me(req.ctx(), res.csrfToken);
    },
  );

  app.post('/auth/logout', { schema: { tags, summary: 'Sign out' } }, async (req, reply) => {
    if (req.sessionId) await svc.logout(req.ctx(), req.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'The signed-in user, roles per property, CSRF token' }, preHandler: requireAuth },
    async (req) => svc.me(req.ctx(), req.csrfToken!),
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change own password',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }).strict(),
      },
      preHandler: requireAuth,
    },
    async (req, reply) => {
      await svc.changePassword(req.ctx(), req.sessionId!, req.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users of the properties you administer',
        querystring: z.object({
          ...pageQuery,
          propertyId: z.string().uuid().optional(),
          q: z.string().max(64).optional(),
          role: z.enum(ROLES).optional(),
          unassigned: z.coerce.boolean().optional(),
        }),
      },
      preHandler: requireAuth,
    },
    async (req) => svc.listUsers(req.ctx(), req.query),
  );

  app.get('/users/:id', { schema: { tags, params: uuidParam }, preHandler: requireAuth }, async (req) =>
    svc.getUser(req.ctx(), req.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user with roles per property',
        body: z
          .object({
            username: z
              .string()
              .trim()
              .min(2)
              .max(64)
              .regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits, _ . @ -'),
            displayName: reqText(64),
            password: z.string().min(1).max(200),
            email: z
              .string()
              .trim()
              .email()
              .max(200)
              .nullish()
              .or(z.literal(''))
              .transform((v) => v || null),
            phone: optText(30),
            organizationId: z.string().uuid().nullish(),
            unitId: z.string().uuid().nullish(),
            locale: z.enum(['zh-CN', 'en-US']).optional(),
            mustChangePassword: z.boolean().optional(),
            roles: z.array(roleGrant).max(50).default([]),
          })
          .strict(),
      },
      preHandler: requireAuth,
    },
    async (req, reply) => reply.status(201).send(await svc.createUser(req.ctx(), req.body)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        params: uuidParam,
        body: z
          .object({
            displayName: reqText(64).optional(),
            email: z
              .string()
              .trim()
              .email()
              .max(200)
              .nullish()
              .or(z.literal(''))
              .transform((v) => (v === undefined ? undefined : v || null)),
            phone: optText(30).optional(),
            organizationId: z.string().uuid().nullish(),
            unitId: z.string().uuid().nullish(),
            locale: z.enum(['zh-CN', 'en-US']).optional(),
            disabled: z.boolean().optional(),
            password: z.string().min(1).max(200).optional(),
          })
          .strict(),
      },
      preHandler: requireAuth,
    },
    async (req) => svc.updateUser(req.ctx(), req.params.id, req.body),
  );

  app.post('/users/:id/roles', { schema: { tags, params: uuidParam, body: roleGrant.strict() }, preHandler: requireAuth }, async (req) =>
    svc.grantRole(req.ctx(), req.params.id, req.body),
  );

  app.delete('/users/:id/roles', { schema: { tags, params: uuidParam, body: roleGrant.strict() }, preHandler: requireAuth }, async (req) =>
    svc.revokeRole(req.ctx(), req.params.id, req.body),
  );
}
