/** Route of the availability board. */
import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { board } from './board.service.ts';
import { boardView } from '@hy/contracts';
import { boardQuery } from './board.schema.ts';

const tags = ['bookings'];

export async function boardRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.get(
    '/bookings/board',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Availability board: venues (filtered) with their bookings, buffers and closures for 1 or 7 days',
        querystring: boardQuery,
        response: { 200: boardView },
      },
    },
    async (req) => board(req.ctx(), req.query),
  );
}
