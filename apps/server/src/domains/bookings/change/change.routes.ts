/** Route of changing a booking. */
import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { updateBooking } from './change.service.ts';
import { bookingDetail } from '@hy/contracts';
import { bookingPatch } from '../create/create.schema.ts';

const tags = ['bookings'];

export async function changeRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.patch(
    '/bookings/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Change a booking; `version` must be the one read (409 conflict otherwise)',
        params: uuidParam,
        body: bookingPatch,
        response: { 200: bookingDetail },
      },
    },
    async (req) => updateBooking(req.ctx(), req.params.id, req.body),
  );
}
