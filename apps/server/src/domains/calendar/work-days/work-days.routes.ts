import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './work-days.service.ts';
import {
  calendarComputation,
  calendarDayList,
  calendarImportResult,
  calendarOverride,
  calendarOverrideList,
  calendarSummary,
  empty,
} from '@hy/contracts';
import * as s from './work-days.schema.ts';

const tags = ['calendar'];

export async function calendarRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const preHandler = requireAuth;

  app.get(
    '/calendar/days',
    {
      schema: {
        tags,
        summary: 'Days of a range (max 400): working or not, kind, holiday name, source',
        querystring: s.daysQuery,
        response: { 200: calendarDayList },
      },
      preHandler,
    },
    async (req) => svc.listDays(req.ctx(), req.query),
  );

  app.get(
    '/calendar/summary',
    {
      schema: {
        tags,
        summary: "A year's holidays, make-up days and working days; builtin=false means the year's schedule must be entered",
        querystring: s.summaryQuery,
        response: { 200: calendarSummary },
      },
      preHandler,
    },
    async (req) => svc.summary(req.ctx(), req.query),
  );

  app.get(
    '/calendar/compute',
    {
      schema: {
        tags,
        summary: 'Add a duration (working hours/days …) to an instant with the property calendar',
        querystring: s.computeQuery,
        response: { 200: calendarComputation },
      },
      preHandler,
    },
    async (req) => svc.compute(req.ctx(), req.query),
  );

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
