import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { typed, pageQuery } from '../../lib/http.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { requireActor, propertiesWith } from '../../lib/context.ts';
import { errors } from '../../lib/errors.ts';
import { listEvents } from './audit.repository.ts';

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
      },
      preHandler: requireAuth,
    },
    async (req) => {
      const ctx = req.ctx();
      const actor = requireActor(ctx);
      let scope = propertiesWith(actor, 'audit.read');
      if (!scope.length) throw errors.forbidden();
      if (req.query.propertyId) {
        if (!scope.includes(req.query.propertyId)) throw errors.notFound('property');
        scope = [req.query.propertyId];
      }
      const beforeId = req.query.cursor ? Number(req.query.cursor) : undefined;
      if (beforeId !== undefined && !Number.isInteger(beforeId)) throw errors.field('cursor', 'invalid cursor');
      // Events with no property (sign-ins …) are shown to the administrators of the account's properties.
      const adminOf = scope.filter((p) => actor.roles[p]?.includes('admin'));
      const rows = await listEvents(ctx.db, { propertyIds: scope, adminOf, ...req.query, limit: req.query.limit + 1, beforeId });
      const page = rows.slice(0, req.query.limit);
      return {
        data: page.map((e) => ({ ...e, at: e.at.toISOString() })),
        nextCursor: rows.length > req.query.limit ? String(page[page.length - 1]!.id) : null,
      };
    },
  );
}
