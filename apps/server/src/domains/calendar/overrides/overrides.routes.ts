import type { FastifyInstance } from 'fastify';
import { calendarImportResult, calendarOverride, calendarOverrideList, empty } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './overrides.service.ts';
import * as s from './overrides.schema.ts';

const tags = ['calendar'];

/** The property's admin overrides (calendar.manage): list, set or remove one day, import a year. */
export function overridesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const preHandler = requireAuth;

  app.get(
    '/calendar/overrides',
    {
      schema: {
        tags,
        summary: "The property's admin-entered holidays and make-up working days",
        querystring: s.overridesQuery,
        response: { 200: calendarOverrideList },
      },
      preHandler,
    },
    async (req) => svc.listOverrides(req.ctx(), req.query),
  );

  app.put(
    '/calendar/overrides/:propertyId/:date',
    {
      schema: {
        tags,
        summary: 'Set one day as holiday or working day (upsert)',
        params: s.overrideParams,
        body: s.overrideBody,
        response: { 200: calendarOverride },
      },
      preHandler,
    },
    async (req) => svc.setOverride(req.ctx(), req.params.propertyId, req.params.date, req.body),
  );

  app.delete(
    '/calendar/overrides/:propertyId/:date',
    {
      schema: {
        tags,
        summary: 'Remove an override (the built-in or weekday rule applies again)',
        params: s.overrideParams,
        response: { 204: empty },
      },
      preHandler,
    },
    async (req, reply) => {
      await svc.removeOverride(req.ctx(), req.params.propertyId, req.params.date);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/calendar/overrides/import',
    {
      schema: {
        tags,
        summary: "Import a year's schedule (e.g. the State Council notice): all days or none",
        body: s.importBody,
        response: { 200: calendarImportResult },
      },
      preHandler,
    },
    async (req) => svc.importOverrides(req.ctx(), req.body),
  );
}
