import type { FastifyInstance, FastifyReply } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { daily } from './daily.service.ts';
import { weekly } from './weekly.service.ts';
import { monthly } from './monthly.service.ts';
import { answerSurvey, getSurvey } from './survey.service.ts';
import { openingPeriodsOf, type Xlsx } from './reports.service.ts';
import { dailyQuery, monthlyQuery, surveyBody, weeklyQuery } from './reports.schema.ts';
import { dailyReport, monthlyReport, reportOpening, reportOpeningQuery, surveyAnswer, surveyView, weeklyReport } from '@hy/contracts';

/** The report as JSON, or its workbook (?format=xlsx). */
const send = <T extends object>(reply: FastifyReply, out: T | Xlsx) =>
  'buf' in out && Buffer.isBuffer(out.buf) ? sendXlsx(reply, out as Xlsx, 'report.xlsx') : (out as T);

/** M10 reports (JSON or ?format=xlsx) and the organizer's satisfaction survey. Mounted by the meetings domain's index. */
export function reportsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings', 'reports'];
  app.get(
    '/reports/meetings/default-period',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'The day, week and month the reports open on: the current ones when meetings have started in them, else the last complete ones',
        querystring: reportOpeningQuery,
        response: { 200: reportOpening },
      },
    },
    async (req) => openingPeriodsOf(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/reports/meetings/daily',
    {
      ...opts,
      schema: {
        tags,
        summary: "每日服务通知: the day's service notices with readiness and status",
        querystring: dailyQuery,
        response: { 200: dailyReport },
      },
    },
    async (req, reply) => send(reply, await daily(req.ctx(), req.query)),
  );
  app.get(
    '/reports/meetings/weekly',
    {
      ...opts,
      schema: {
        tags,
        summary: '每周业务简报: meetings by class and venue, incidents, readiness on time, satisfaction, fees',
        querystring: weeklyQuery,
        response: { 200: weeklyReport },
      },
    },
    async (req, reply) => send(reply, await weekly(req.ctx(), req.query)),
  );
  app.get(
    '/reports/meetings/monthly',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Monthly venue usage (hours booked/used), fees billed/paid, staff workload',
        querystring: monthlyQuery,
        response: { 200: monthlyReport },
      },
    },
    async (req, reply) => send(reply, await monthly(req.ctx(), req.query)),
  );
  app.get(
    '/service-notices/:id/survey',
    {
      ...opts,
      schema: {
        tags,
        summary: "The meeting's satisfaction survey (its organizer, or report readers)",
        params: uuidParam,
        response: { 200: surveyView },
      },
    },
    async (req) => getSurvey(req.ctx(), req.params.id),
  );
  app.post(
    '/service-notices/:id/survey',
    {
      ...opts,
      schema: {
        tags,
        summary: "The organizing unit's organizer rates the meeting once after it ended (1–5 and a comment)",
        params: uuidParam,
        body: surveyBody,
        response: { 201: surveyAnswer },
      },
    },
    async (req, reply) => reply.status(201).send(await answerSurvey(req.ctx(), req.params.id, req.body)),
  );
}
