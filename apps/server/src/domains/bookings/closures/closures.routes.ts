/** Routes of venue closures. */
import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as closures from './closures.service.ts';
import { closureCreated, closureList, closurePreview, closureResolution } from '@hy/contracts';
import { closureInput, closureQuery, closureResolve } from './closures.schema.ts';

const tags = ['bookings'];

export async function closuresRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post(
    '/venue-closures',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Close a venue for a period (preview: true only lists the bookings it collides with)',
        body: closureInput,
        response: { 200: closurePreview, 201: closureCreated },
      },
    },
    async (req, reply) => {
      const out = await closures.createClosure(req.ctx(), req.body);
      return reply.status(req.body.preview ? 200 : 201).send(out);
    },
  );
  app.get('/venue-closures', { ...opts, schema: { tags, querystring: closureQuery, response: { 200: closureList } } }, async (req) =>
    closures.listClosures(req.ctx(), req.query),
  );
  app.post(
    '/venue-closures/:id/resolve',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Move, cancel or keep a booking the closure collides with; the organizers are told',
        params: uuidParam,
        body: closureResolve,
        response: { 200: closureResolution },
      },
    },
    async (req) => closures.resolveClosure(req.ctx(), req.params.id, req.body),
  );
}
