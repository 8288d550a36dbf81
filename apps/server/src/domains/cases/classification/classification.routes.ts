import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './classification.service.ts';
import * as s from './classification.schema.ts';
import { caseDetail, pinnedCaseList } from '@hy/contracts';

const tags = ['cases'];

/** Classification (S2): classify or reclassify, the pinned emergencies and their sign-off. */
export function classificationRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/cases/pinned',
    {
      schema: {
        tags,
        response: { 200: pinnedCaseList },
        summary: 'Emergencies not signed off yet (pinned on the case list), any status, newest first',
        querystring: s.pinnedQuery,
      },
    },
    async (req) => svc.pinnedCases(req.ctx(), req.query),
  );
  app.post(
    '/cases/:id/classify',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Classify or reclassify (recomputes the deadlines)',
        params: uuidParam,
        body: s.classifyBody,
      },
    },
    async (req) => svc.classify(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/cases/:id/emergency-sign-off',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'A manager signs off an emergency (紧急事件签认); it leaves the pinned list',
        params: uuidParam,
        body: s.emergencySignOffBody,
      },
    },
    async (req) => svc.signOffEmergency(req.ctx(), req.params.id, req.body),
  );
}
