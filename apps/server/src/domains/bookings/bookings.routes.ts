import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../lib/http.ts';
import { requireAuth } from '../../plugins/auth.ts';
import * as svc from './bookings.service.ts';
import { bookingCreate, bookingPatch, bookingQuery, optionalReasonBody, reasonBody } from './bookings.schema.ts';

const tags = ['bookings'];

export async function bookingsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post('/bookings', {
    ...opts,
    schema: { tags, summary: 'Book a venue (with its linked rooms); C class and special setups are requested until the bureau approves', body: bookingCreate },
  }, async (req, reply) => reply.status(201).send(await svc.createBooking(req.ctx(), req.body)));

  app.get('/bookings', { ...opts, schema: { tags, summary: 'Bookings of a property overlapping [from, to)', querystring: bookingQuery } }, async (req) =>
    svc.listBookings(req.ctx(), req.query));

  app.get('/bookings/:id', { ...opts, schema: { tags, params: uuidParam } }, async (req) => svc.getBooking(req.ctx(), req.params.id));

  app.get('/bookings/:id/history', { ...opts, schema: { tags, summary: 'Audit trail of a booking', params: uuidParam } }, async (req) =>
    svc.bookingHistory(req.ctx(), req.params.id));

  app.patch('/bookings/:id', {
    ...opts, schema: { tags, summary: 'Change a booking; `version` must be the one read (409 conflict otherwise)', params: uuidParam, body: bookingPatch },
  }, async (req) => svc.updateBooking(req.ctx(), req.params.id, req.body));

  app.post('/bookings/:id/approve', { ...opts, schema: { tags, summary: 'Bureau approves a requested booking', params: uuidParam, body: optionalReasonBody } }, async (req) =>
    svc.approveBooking(req.ctx(), req.params.id, req.body.reason ?? null));

  app.post('/bookings/:id/reject', { ...opts, schema: { tags, summary: 'Bureau rejects a requested booking, with a reason', params: uuidParam, body: reasonBody } }, async (req) =>
    svc.rejectBooking(req.ctx(), req.params.id, req.body.reason));

  app.post('/bookings/:id/cancel', { ...opts, schema: { tags, summary: 'Cancel a booking, with a reason; frees the venue', params: uuidParam, body: reasonBody } }, async (req) =>
    svc.cancelBooking(req.ctx(), req.params.id, req.body.reason));
}
