import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './checks.service.ts';
import { checkBody, checkParams } from './checks.schema.ts';
import { noticeDetail } from '@hy/contracts';

/** The three-level pre-meeting check (M5). Mounted by the meetings domain's index. */
export function checksRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.post(
    '/service-notices/:id/checks/:level',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Record a level of the three-level check (M5)',
        params: checkParams,
        body: checkBody,
        response: { 200: noticeDetail },
      },
    },
    async (req) => svc.recordCheck(req.ctx(), req.params.id, req.params.level, req.body),
  );
}
