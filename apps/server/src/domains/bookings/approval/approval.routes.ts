/** Routes deciding a booking: approve, reject, cancel. */
import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './approval.service.ts';
import { bookingDetail } from '@hy/contracts';
import { optionalReasonBody, reasonBody } from '../booking/booking.schema.ts';

const tags = ['bookings'];

export async function approvalRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post(
    '/bookings/:id/approve',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Bureau approves a requested booking',
        params: uuidParam,
        body: optionalReasonBody,
        response: { 200: bookingDetail },
      },
    },
    async (req) => svc.approveBooking(req.ctx(), req.params.id, req.body.reason ?? null),
  );

  app.post(
    '/bookings/:id/reject',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Bureau rejects a requested booking, with a reason',
        params: uuidParam,
        body: reasonBody,
        response: { 200: bookingDetail },
      },
    },
    async (req) => svc.rejectBooking(req.ctx(), req.params.id, req.body.reason),
  );

  app.post(
    '/bookings/:id/cancel',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Cancel a booking, with a reason; frees the venue',
        params: uuidParam,
        body: reasonBody,
        response: { 200: bookingDetail },
      },
    },
    async (req) => svc.cancelBooking(req.ctx(), req.params.id, req.body.reason),
  );
}
