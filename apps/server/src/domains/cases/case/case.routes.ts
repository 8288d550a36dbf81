import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './case.service.ts';
import * as s from './case.schema.ts';
import { caseDetail, casePage } from '@hy/contracts';

const tags = ['cases'];

/** The case list and detail, notes and follow-ups (mounted by the cases plugin, auth required). */
export function caseRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/cases',
    { schema: { tags, response: { 200: casePage }, summary: 'Cases you may see (tenants: their own)', querystring: s.listCasesQuery } },
    async (req) => svc.listCases(req.ctx(), req.query),
  );
  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'A case with its timeline, work orders, callbacks and policies',
        params: uuidParam,
      },
    },
    async (req) => svc.getCase(req.ctx(), req.params.id),
  );
  app.post(
    '/cases/:id/follow-ups',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Add a follow-up, note or the apology to the timeline',
        params: uuidParam,
        body: s.followUpBody,
      },
    },
    async (req) => svc.followUp(req.ctx(), req.params.id, req.body),
  );
}
