/** Routes reading bookings: the list, one booking, its audit trail. */
import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './booking.service.ts';
import { bookingDetail, bookingHistory, bookingPage } from '@hy/contracts';
import { bookingQuery } from './booking.schema.ts';

const tags = ['bookings'];

export async function bookingRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.get(
    '/bookings',
    {
      ...opts,
      schema: { tags, summary: 'Bookings of a property overlapping [from, to)', querystring: bookingQuery, response: { 200: bookingPage } },
    },
    async (req) => svc.listBookings(req.ctx(), req.query),
  );

  app.get('/bookings/:id', { ...opts, schema: { tags, params: uuidParam, response: { 200: bookingDetail } } }, async (req) =>
    svc.getBooking(req.ctx(), req.params.id),
  );

  app.get(
    '/bookings/:id/history',
    { ...opts, schema: { tags, summary: 'Audit trail of a booking', params: uuidParam, response: { 200: bookingHistory } } },
    async (req) => svc.bookingHistory(req.ctx(), req.params.id),
  );
}
