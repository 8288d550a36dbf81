import type { FastifyInstance } from 'fastify';
import { empty, localeChangeBody, passwordChangeBody } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './account.service.ts';

const tags = ['identity'];

/** The signed-in user's own account: changing the password, the language of their messages. */
export function accountRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);

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

  app.put(
    '/auth/locale',
    {
      schema: {
        tags,
        summary: 'Set the language of own e-mail and SMS notifications',
        body: localeChangeBody,
        response: { 204: empty },
      },
      preHandler: requireAuth,
    },
    async (req, reply) => {
      await svc.changeLocale(req.ctx(), req.body.locale);
      return reply.status(204).send(null);
    },
  );
}
