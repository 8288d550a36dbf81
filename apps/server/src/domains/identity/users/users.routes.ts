import type { FastifyInstance } from 'fastify';
import { userAccount, userAccountPage, userCreateBody, userRoleGrant, userUpdateBody } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './users.service.ts';
import { usersQuery } from './users.schema.ts';

const tags = ['identity'];

/** Administering user accounts and their roles per property. */
export function usersRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users of the properties you administer',
        querystring: usersQuery,
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
