import type { FastifyInstance } from 'fastify';
import { authLoginBody, empty, sessionMe } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { requireAuth, SESSION_COOKIE } from '../../../plugins/require-auth.ts';
import * as svc from './auth.service.ts';
import { SESSION_TTL_HOURS } from './auth.rules.ts';

const tags = ['identity'];

/** Sign in (sets the session cookie), sign out, and who is signed in. */
export function authRoutes(fastify: FastifyInstance) {
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
}
