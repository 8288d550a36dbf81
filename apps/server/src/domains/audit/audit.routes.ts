import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { auditEventPage } from '@hy/contracts';
import { typed, pageQuery } from '../../lib/http.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { listAuditEvents } from './audit.service.ts';

export async function auditRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: "A record's history (who, when, what changed), newest first",
        querystring: z.object({
          ...pageQuery,
          entityType: z.string().max(64).optional(),
          entityId: z.string().max(64).optional(),
          actorId: z.string().uuid().optional(),
          propertyId: z.string().uuid().optional(),
        }),
        response: { 200: auditEventPage },
      },
      preHandler: requireAuth,
    },
    async (req) => listAuditEvents(req.ctx(), req.query),
  );
}
