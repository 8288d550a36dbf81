/** Route of making a booking. */
import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { createBooking } from './create.service.ts';
import { bookingDetail } from '@hy/contracts';
import { bookingCreate } from './create.schema.ts';

const tags = ['bookings'];

export async function createRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post(
    '/bookings',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Book a venue (with its linked rooms); C class and special setups are requested until the bureau approves',
        body: bookingCreate,
        response: { 201: bookingDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createBooking(req.ctx(), req.body)),
  );
}
