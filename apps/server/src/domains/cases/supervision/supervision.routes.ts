import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import * as svc from './supervision.service.ts';
import * as s from './supervision.schema.ts';
import { SUPERVISION_SHEETS } from './supervision.sheets.ts';
import { reportRoute } from './reports.ts';
import { complaintsMonthly, dailyReview, monthlyReview, weeklySummary } from '@hy/contracts';

const tags = ['cases'];

/**
 * Supervision (S9): the daily review and its sign-off, the weekly summary, the project manager's
 * monthly review, the monthly complaint statistics with the analysis. Reports answer printable JSON,
 * or a workbook with ?format=xlsx (audited).
 */
export function supervisionRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  reportRoute(
    app,
    '/supervision/daily',
    s.dailyQuery,
    'daily',
    SUPERVISION_SHEETS.daily,
    "The day's cases for the CS supervisor: new, closed, overdue, escalated",
    dailyReview,
    svc.daily,
  );
  app.post(
    '/supervision/daily/sign',
    {
      schema: {
        tags,
        response: { 200: dailyReview },
        summary: 'The CS supervisor signs the day (once per property and day; 409 if signed)',
        body: s.signDailyBody,
      },
    },
    async (req) => svc.signDaily(req.ctx(), req.body),
  );
  reportRoute(
    app,
    '/reports/cases-weekly',
    s.weeklyQuery,
    'weekly',
    SUPERVISION_SHEETS.weekly,
    "Last week's cases with those that cannot proceed (Monday summary)",
    weeklySummary,
    svc.weekly,
  );
  reportRoute(
    app,
    '/supervision/monthly',
    s.monthQuery,
    'monthly',
    SUPERVISION_SHEETS.monthly,
    "The project manager's review of a month (sign by the 5th)",
    monthlyReview,
    svc.monthlyReview,
  );
  app.post(
    '/supervision/monthly',
    {
      schema: {
        tags,
        response: { 200: monthlyReview },
        summary: 'The project manager signs the monthly review (late after the 5th)',
        body: s.signMonthlyBody,
      },
    },
    async (req) => svc.signMonthly(req.ctx(), req.body),
  );
  reportRoute(
    app,
    '/reports/complaints-monthly',
    s.monthQuery,
    'complaints',
    SUPERVISION_SHEETS.complaints,
    '《客户投诉月统计表》',
    complaintsMonthly,
    svc.complaintsMonthly,
  );
  app.post(
    '/reports/complaints-monthly/analysis',
    {
      schema: {
        tags,
        response: { 200: complaintsMonthly },
        summary: 'Save the analysis text of the monthly complaint statistics',
        body: s.analysisBody,
      },
    },
    async (req) => svc.saveAnalysis(req.ctx(), req.body),
  );
}
