import type { FastifyInstance } from 'fastify';
import { cockpit, cockpitQuery } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import * as svc from './overview.service.ts';

/** X6: the caller's cockpit in one property. */
export function overviewRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/cockpit',
    {
      schema: {
        tags: ['cockpit'],
        summary: "The first page per role family: tiles with counts and the filtered list behind each, and the charts' data",
        querystring: cockpitQuery,
        response: { 200: cockpit },
      },
    },
    async (req) => svc.cockpit(req.ctx(), req.query),
  );
}
