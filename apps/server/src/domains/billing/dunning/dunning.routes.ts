import type { FastifyInstance } from 'fastify';
import {
  billingReview,
  dunningList,
  dunningRecord,
  dunningStepView,
  propertyIdQuery,
  reviewQuery,
  reviewResult,
  reviewUpsert,
} from '@hy/contracts';
import { z } from 'zod';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './dunning.service.ts';

const tags = ['billing'];

/** Dunning: the overdue notices with each step; recording a fired step; the managers' monthly review. */
export function dunningRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/dunning',
    {
      schema: {
        tags,
        summary: 'Overdue notices with their dunning steps (billing.dunning)',
        querystring: propertyIdQuery,
        response: { 200: dunningList },
      },
    },
    async (req) => svc.dunningList(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/billing/dunning-steps/:id/record',
    {
      schema: {
        tags,
        summary: 'Record a fired step: letter delivered, visit outcome, follow-up (409 dunning_step_not_fired, dunning_step_done)',
        params: uuidParam,
        body: dunningRecord,
        response: { 200: dunningStepView },
      },
    },
    async (req) => svc.recordStep(req.ctx(), req.params.id, req.body.outcome),
  );
  app.get(
    '/billing/reviews',
    { schema: { tags, summary: "The month's review of receivables", querystring: reviewQuery, response: { 200: reviewResult } } },
    async (req) => svc.getReview(req.ctx(), req.query),
  );
  app.put(
    '/billing/reviews',
    {
      schema: {
        tags,
        summary: 'Write and sign the monthly review with measures against arrears (403 review_signer_role)',
        body: reviewUpsert,
        response: { 200: z.object({ review: billingReview }) },
      },
    },
    async (req) => svc.signReview(req.ctx(), req.body),
  );
}
