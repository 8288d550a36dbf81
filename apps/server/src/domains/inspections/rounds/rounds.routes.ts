import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  file,
  generateInput,
  generated,
  resultsInput,
  round,
  roundList,
  roundQuery,
  roundStats,
  statsQuery,
  uuid,
  visitInput,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { exportStats, generateDay, monthStats } from './rounds.admin.ts';
import { roundReader } from './rounds.live.ts';
import * as svc from './rounds.service.ts';

const tags = ['inspections'];
const visitParams = z.object({ id: uuid, visitId: uuid });
const visited = round.extend({ visitId: z.string() });

/** Rounds (T2): lists (a day's, mine), one round, scan/pick a checkpoint with its results, complete; a day's rounds created now; statistics. */
export function roundsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('inspection_round', roundReader);
  const app = typed(fastify);
  app.get(
    '/inspection-rounds',
    {
      schema: {
        tags,
        summary: 'Rounds by day / area / inspector / state; mine=true: my rounds of the day',
        querystring: roundQuery,
        response: { 200: roundList },
      },
    },
    async (req) => svc.listRounds(req.ctx(), req.query),
  );
  app.get(
    '/inspection-rounds/stats',
    { schema: { tags, summary: '巡视统计表 of a month', querystring: statsQuery, response: { 200: roundStats } } },
    async (req) => monthStats(req.ctx(), req.query),
  );
  app.get(
    '/inspection-rounds/stats/export',
    { schema: { tags, summary: '巡视统计表 as .xlsx', querystring: statsQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportStats(req.ctx(), req.query), 'inspection-statistics.xlsx'),
  );
  app.post(
    '/inspection-rounds/generate',
    { schema: { tags, summary: "Create a day's rounds now (never twice)", body: generateInput, response: { 200: generated } } },
    async (req) => generateDay(req.ctx(), req.body),
  );
  app.get('/inspection-rounds/:id', { schema: { tags, params: uuidParam, response: { 200: round } } }, async (req) =>
    svc.getRound(req.ctx(), req.params.id),
  );
  app.post(
    '/inspection-rounds/:id/visits',
    {
      schema: {
        tags,
        summary:
          'Reach a checkpoint: {token} scanned or {checkpointId, pickReason} picked; results optional (409 round_held_by_other, round_closed, checkpoint_visited; 422 checkpoint_not_on_round)',
        params: uuidParam,
        body: visitInput,
        response: { 201: visited },
      },
    },
    async (req, reply) => {
      const { round: r, visitId } = await svc.visit(req.ctx(), req.params.id, req.body);
      return reply.status(201).send({ ...r, visitId });
    },
  );
  app.put(
    '/inspection-rounds/:id/visits/:visitId/results',
    {
      schema: {
        tags,
        summary: "A visit's checklist (422 results_incomplete)",
        params: visitParams,
        body: resultsInput,
        response: { 200: round },
      },
    },
    async (req) => svc.saveResults(req.ctx(), req.params.id, req.params.visitId, req.body),
  );
  app.post(
    '/inspection-rounds/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete the round (422 round_incomplete; 409 round_closed, round_held_by_other)',
        params: uuidParam,
        response: { 200: round },
      },
    },
    async (req) => svc.completeRound(req.ctx(), req.params.id),
  );
}
