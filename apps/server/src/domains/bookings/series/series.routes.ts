/** Routes of recurring bookings. */
import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as series from './series.service.ts';
import { seriesCancelled, seriesDetail, seriesPreview } from '@hy/contracts';
import { seriesInput } from './series.schema.ts';
import { reasonBody } from '../booking/booking.schema.ts';

const tags = ['bookings'];

export async function seriesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post(
    '/bookings/series/preview',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Every occurrence of a recurring booking with its status: ok, or the conflict / rule problem',
        body: seriesInput,
        response: { 200: seriesPreview },
      },
    },
    async (req) => series.previewSeries(req.ctx(), req.body),
  );
  app.post(
    '/bookings/series',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Book the chosen occurrences of a series, all or nothing (409 booking_conflict lists each clashing occurrence)',
        body: seriesInput,
        response: { 201: seriesDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await series.createSeries(req.ctx(), req.body)),
  );
  app.get('/bookings/series/:id', { ...opts, schema: { tags, params: uuidParam, response: { 200: seriesDetail } } }, async (req) =>
    series.getSeries(req.ctx(), req.params.id),
  );
  app.post(
    '/bookings/series/:id/cancel',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Cancel every future occurrence of a series',
        params: uuidParam,
        body: reasonBody,
        response: { 200: seriesCancelled },
      },
    },
    async (req) => series.cancelSeries(req.ctx(), req.params.id, req.body.reason),
  );
}
