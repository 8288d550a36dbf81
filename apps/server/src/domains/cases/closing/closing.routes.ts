import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './closing.service.ts';
import * as s from './closing.schema.ts';
import { caseDetail, unresolvableCloseResult } from '@hy/contracts';

const tags = ['cases'];

/** Closing (S8, 销项): the resolution, closing a case, the quarterly close of unresolvable cases. */
export function closingRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/cases/:id/resolve',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Record the resolution (non-repair cases)',
        params: uuidParam,
        body: s.resolveBody,
      },
    },
    async (req) => svc.resolve(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/cases/:id/close',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Close the case (销项) when S8 allows',
        params: uuidParam,
        body: s.closeBody,
      },
    },
    async (req) => svc.close(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/cases/close-unresolvable',
    {
      schema: {
        tags,
        response: { 200: unresolvableCloseResult },
        summary: 'Quarterly close of unresolvable cases (project manager signs)',
        body: s.closeUnresolvableBody,
      },
    },
    async (req) => svc.closeUnresolvable(req.ctx(), req.body),
  );
}
