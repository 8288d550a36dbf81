/** Route of quick booking's defaults. */
import type { FastifyInstance } from 'fastify';
import { quickBookDefaults as defaultsView } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { quickBookDefaults } from './quick-book.service.ts';
import { quickBookQuery } from './quick-book.schema.ts';

export async function quickBookRoutes(fastify: FastifyInstance) {
  typed(fastify).get(
    '/bookings/quick-book',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['bookings'],
        summary: "Quick booking's defaults: the dispatcher's recent units, the caller by phone, the room's usual attendance",
        querystring: quickBookQuery,
        response: { 200: defaultsView },
      },
    },
    async (req) => quickBookDefaults(req.ctx(), req.query),
  );
}
