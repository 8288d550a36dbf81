import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './callbacks.service.ts';
import * as s from './callbacks.schema.ts';
import { callbackRow, caseDetail } from '@hy/contracts';

const tags = ['cases'];

/** Callbacks (S7, 回访): the front desk's callback, the tenant's rating on the portal. */
export function callbacksRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/cases/:id/callbacks',
    {
      schema: {
        tags,
        response: { 201: caseDetail },
        summary: 'Record a callback (回访); dissatisfaction reopens the case',
        params: uuidParam,
        body: s.callbackBody,
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addCallback(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/cases/:id/rating',
    {
      schema: {
        tags,
        response: { 201: callbackRow },
        summary: 'The reporting tenant rates a finished case',
        params: uuidParam,
        body: s.ratingBody,
      },
    },
    async (req, reply) => reply.status(201).send(await svc.rateCase(req.ctx(), req.params.id, req.body)),
  );
}
