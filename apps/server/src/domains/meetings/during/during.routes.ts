import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './during.service.ts';
import { incidentBody, resolveBody } from './during.schema.ts';
import { meetingIncident, noticeDetail } from '@hy/contracts';

/** During the meeting (M8): start, end, incidents. Mounted by the meetings domain's index. */
export function duringRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.post('/service-notices/:id/start', { ...opts, schema: { tags, params: uuidParam, response: { 200: noticeDetail } } }, async (req) =>
    svc.startOrEnd(req.ctx(), req.params.id, 'start'),
  );
  app.post('/service-notices/:id/end', { ...opts, schema: { tags, params: uuidParam, response: { 200: noticeDetail } } }, async (req) =>
    svc.startOrEnd(req.ctx(), req.params.id, 'end'),
  );
  app.post(
    '/service-notices/:id/incidents',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Report an incident during the meeting; serious ones are escalated',
        params: uuidParam,
        body: incidentBody,
        response: { 201: meetingIncident },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.reportIncident(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/meeting-incidents/:id/resolve',
    { ...opts, schema: { tags, params: uuidParam, body: resolveBody, response: { 200: meetingIncident } } },
    async (req) => svc.resolveIncident(req.ctx(), req.params.id, req.body),
  );
}
