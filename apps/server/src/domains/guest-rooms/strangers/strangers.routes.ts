import type { FastifyInstance } from 'fastify';
import { propertyIdQuery, strangerClose, strangerCreate, strangerReport, strangerReportList } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './strangers.service.ts';

const tags = ['guest-rooms'];

/** Strangers reported on the guest floors (T6): any staff reports, security is told and closes. */
export function strangersRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/guest-strangers',
    { schema: { tags, summary: 'Stranger reports, latest first', querystring: propertyIdQuery, response: { 200: strangerReportList } } },
    async (req) => svc.listReports(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/guest-strangers',
    {
      schema: {
        tags,
        summary: 'Report a stranger loitering on a floor; security is notified (422 stranger_seen_in_future)',
        body: strangerCreate,
        response: { 201: strangerReport },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.report(req.ctx(), req.body)),
  );
  app.post(
    '/guest-strangers/:id/close',
    {
      schema: {
        tags,
        summary: 'Record the follow-up and close (409 stranger_closed)',
        params: uuidParam,
        body: strangerClose,
        response: { 200: strangerReport },
      },
    },
    async (req) => svc.close(req.ctx(), req.params.id, req.body.followUp),
  );
}
