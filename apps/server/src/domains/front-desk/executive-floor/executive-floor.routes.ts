import type { FastifyInstance } from 'fastify';
import { executiveRequest, executiveRequestList } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './executive-floor.service.ts';
import * as s from './executive-floor.schema.ts';

const tags = ['front-desk'];

/** The executive floor's requests (F6): the day's list, record one, accept, complete, cancel. */
export function executiveFloorRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/front-desk/executive-requests',
    {
      schema: {
        tags,
        summary: "A day's requests (and unfinished earlier ones): all for the desk, a department's own for it",
        querystring: s.requestsQuery,
        response: { 200: executiveRequestList },
      },
    },
    async (req) => svc.listRequests(req.ctx(), req.query),
  );
  app.get('/front-desk/executive-requests/:id', { schema: { tags, params: uuidParam, response: { 200: executiveRequest } } }, async (req) =>
    svc.getRequest(req.ctx(), req.params.id),
  );
  app.post(
    '/front-desk/executive-requests',
    {
      schema: { tags, summary: "Record a request from an executive's office", body: s.requestCreate, response: { 201: executiveRequest } },
    },
    async (req, reply) => reply.status(201).send(await svc.createRequest(req.ctx(), req.body)),
  );
  for (const action of ['accept', 'complete', 'cancel'] as const)
    app.post(
      `/front-desk/executive-requests/:id/${action}`,
      { schema: { tags, params: uuidParam, body: s.stepBody, response: { 200: executiveRequest } } },
      async (req) => svc.stepRequest(req.ctx(), req.params.id, action, req.body?.note),
    );
}
