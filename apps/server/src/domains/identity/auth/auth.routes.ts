import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import {
  ROLES,
  authLoginBody,
  empty,
  passwordChangeBody,
  sessionMe,
  userAccount,
  userAccountPage,
  userCreateBody,
  userRoleGrant,
  userUpdateBody,
} from '@hy/contracts';
import { typed, uuidParam, pageQuery } from '../../../lib/http.ts';
import { requireAuth, SESSION_COOKIE } from '../../../plugins/require-auth.ts';
import * as svc from '../users/users.service.ts';
import { SESSION_TTL_HOURS } from '../account/account.rules.ts';

const tags = ['identity'];

export async function identityRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in; sets the HttpOnly session cookie',
        body: authLoginBody,
        response: { 200: sessionMe },
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

  app.post('/auth/logout', { schema: { tags, summary: 'Sign out', response: { 204: empty } } }, async (req, reply) => {
    if (req.sessionId) await svc.logout(req.ctx(), req.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get(
    '/auth/me',
    {
      schema: { tags, summary: 'The signed-in user, roles per property, CSRF token', response: { 200: sessionMe } },
      preHandler: requireAuth,
    },
    async (req) => svc.me(req.ctx(), req.csrfToken!),
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change own password',
        body: passwordChangeBody,
        response: { 204: empty },
      },
      preHandler: requireAuth,
    },
    async (req, reply) => {
      await svc.changePassword(req.ctx(), req.sessionId!, req.body);
      return reply.status(204).send(null);
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
        response: { 200: userAccountPage },
      },
      preHandler: requireAuth,
    },
    async (req) => svc.listUsers(req.ctx(), req.query),
  );

  app.get('/users/:id', { schema: { tags, params: uuidParam, response: { 200: userAccount } }, preHandler: requireAuth }, async (req) =>
    svc.getUser(req.ctx(), req.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user with roles per property',
        body: userCreateBody,
        response: { 201: userAccount },
      },
      preHandler: requireAuth,
    },
    async (req, reply) => reply.status(201).send(await svc.createUser(req.ctx(), req.body)),
  );

  app.patch(
    '/users/:id',
    { schema: { tags, params: uuidParam, body: userUpdateBody, response: { 200: userAccount } }, preHandler: requireAuth },
    async (req) => svc.updateUser(req.ctx(), req.params.id, req.body),
  );

  const grantSchema = { tags, params: uuidParam, body: userRoleGrant.strict(), response: { 200: userAccount } };
  app.post('/users/:id/roles', { schema: grantSchema, preHandler: requireAuth }, async (req) =>
    svc.grantRole(req.ctx(), req.params.id, req.body),
  );
  app.delete('/users/:id/roles', { schema: grantSchema, preHandler: requireAuth }, async (req) =>
    svc.revokeRole(req.ctx(), req.params.id, req.body),
  );
}
