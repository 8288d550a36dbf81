import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './work-days.service.ts';
import { calendarComputation, calendarDayList, calendarSummary } from '@hy/contracts';
import * as s from './work-days.schema.ts';

const tags = ['calendar'];

/** Reading the work calendar: days of a range, a year's summary, a duration added to an instant. */
export function workDaysRoutes(fastify: FastifyInstance) {
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
}
