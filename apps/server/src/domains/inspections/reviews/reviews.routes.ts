import type { FastifyInstance } from 'fastify';
import {
  ok,
  patrolDailyQuery,
  patrolDailyReview,
  patrolDailySignBody,
  patrolFixByBody,
  patrolRepairStats,
  patrolRepairStatsQuery,
  patrolWeeklyQuery,
  patrolWeeklySummary,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as svc from './reviews.service.ts';
import { repairStatsSheet, weeklySheet } from './reviews.sheets.ts';

const tags = ['inspections'];

/** The manager's daily review sign-off, each inspector's Friday summary, the findings sent to repair (JSON or .xlsx). */
export function reviewsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/inspection-reviews/daily',
    {
      schema: {
        tags,
        summary: "One day's patrol records (rounds, visits, findings) and its sign-off",
        querystring: patrolDailyQuery,
        response: { 200: patrolDailyReview },
      },
    },
    async (req) => svc.dailyReview(req.ctx(), req.query),
  );
  app.post(
    '/inspection-reviews/daily',
    {
      schema: {
        tags,
        summary: 'Sign the day off (409 review_already_signed, 422 review_day_future)',
        body: patrolDailySignBody,
        response: { 201: patrolDailyReview },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.signDaily(req.ctx(), req.body)),
  );
  app.get(
    '/inspection-reviews/weekly',
    {
      schema: {
        tags,
        summary: '《周报修项目统计分析表》 of the week ending on a Friday (422 review_not_friday; ?format=xlsx)',
        querystring: patrolWeeklyQuery,
        response: { 200: patrolWeeklySummary },
      },
    },
    async (req, reply) => {
      const w = await svc.weeklySummary(req.ctx(), req.query);
      if (req.query.format !== 'xlsx') return w;
      const tz = (await loadWorkCalendar(req.ctx().db, req.query.propertyId)).timeZone;
      return sendXlsx(reply, await weeklySheet(w, tz), 'weekly-repairs.xlsx');
    },
  );
  app.post(
    '/inspection-findings/:id/fix-by',
    {
      schema: {
        tags,
        summary: 'The manager sets the fix-by date of an open repair finding (422 fix_by_not_long_open)',
        params: uuidParam,
        body: patrolFixByBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setFixBy(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/inspection-reviews/repairs',
    {
      schema: {
        tags,
        summary: '巡检问题报修统计单: findings sent to repair in a period (422 review_period_invalid; ?format=xlsx)',
        querystring: patrolRepairStatsQuery,
        response: { 200: patrolRepairStats },
      },
    },
    async (req, reply) => {
      const s = await svc.repairStats(req.ctx(), req.query);
      if (req.query.format !== 'xlsx') return s;
      const tz = (await loadWorkCalendar(req.ctx().db, req.query.propertyId)).timeZone;
      return sendXlsx(reply, await repairStatsSheet(s, tz), 'patrol-repairs.xlsx');
    },
  );
}
