import type { FastifyInstance } from 'fastify';
import { caseSourceAnswer } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { caseSource } from './sources.service.ts';

/** Where a case came from (a patrol finding), shown on the case page with a link back. */
export function sourcesRoutes(fastify: FastifyInstance) {
  typed(fastify).get(
    '/cases/:id/source',
    {
      schema: {
        tags: ['cases'],
        summary: 'The record a case was opened from ({data: null} when none)',
        params: uuidParam,
        response: { 200: caseSourceAnswer },
      },
    },
    async (req) => caseSource(req.ctx(), req.params.id),
  );
}
