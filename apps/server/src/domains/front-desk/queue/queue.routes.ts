import type { FastifyInstance } from 'fastify';
import { deskQueue } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import * as svc from './queue.service.ts';
import { queueQuery } from './queue.schema.ts';

const tags = ['front-desk'];

/** The desk queue (F1–F5): every list the front desk works from, in one answer, for the desk's screen. */
export function queueRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/front-desk/queue',
    {
      schema: {
        tags,
        summary: 'The desk queue: consent waits, in the building, parcels, messages, overdue loans (totals and the first rows)',
        querystring: queueQuery,
        response: { 200: deskQueue },
      },
    },
    async (req) => svc.deskQueue(req.ctx(), req.query),
  );
}
