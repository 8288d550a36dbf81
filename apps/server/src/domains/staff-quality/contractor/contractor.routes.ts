import type { FastifyInstance } from 'fastify';
import {
  contractorConfirm,
  contractorEvaluation,
  contractorEvaluationList,
  contractorMonthQuery,
  contractorReview,
  contractorSave,
  contractorYearQuery,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './contractor.service.ts';

const tags = ['staff-quality'];

/** The cleaning contractor's monthly evaluation (T7): the month, the year, save a draft, confirm; the review. */
export function contractorRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/quality/contractor-evaluations/month',
    {
      schema: {
        tags,
        summary: "The month's evaluation as saved, or the proposal computed now (state 'proposal', nothing written)",
        querystring: contractorMonthQuery,
        response: { 200: contractorEvaluation },
      },
    },
    async (req) => svc.monthEvaluation(req.ctx(), req.query.propertyId, req.query.month),
  );
  app.get(
    '/quality/contractor-evaluations',
    {
      schema: {
        tags,
        summary: 'The evaluations of a year, by month',
        querystring: contractorYearQuery,
        response: { 200: contractorEvaluationList },
      },
    },
    async (req) => svc.listYear(req.ctx(), req.query.propertyId, req.query.year),
  );
  app.get(
    '/quality/contractor-evaluations/review',
    {
      schema: {
        tags,
        summary: 'The yearly re-tender review (twelve months)',
        querystring: contractorYearQuery,
        response: { 200: contractorReview },
      },
    },
    async (req) => svc.review(req.ctx(), req.query.propertyId, req.query.year),
  );
  app.get(
    '/quality/contractor-evaluations/:id',
    { schema: { tags, params: uuidParam, response: { 200: contractorEvaluation } } },
    async (req) => svc.getEvaluation(req.ctx(), req.params.id),
  );
  app.post(
    '/quality/contractor-evaluations',
    {
      schema: {
        tags,
        summary: "Save the month's draft with its deduction rule (409 evaluation_locked once confirmed)",
        body: contractorSave,
        response: { 200: contractorEvaluation },
      },
    },
    async (req) => svc.save(req.ctx(), req.body),
  );
  app.post(
    '/quality/contractor-evaluations/:id/confirm',
    {
      schema: {
        tags,
        summary: 'The manager confirms the month and locks it (409 evaluation_locked; 422 contractor_month_open)',
        params: uuidParam,
        body: contractorConfirm,
        response: { 200: contractorEvaluation },
      },
    },
    async (req) => svc.confirm(req.ctx(), req.params.id, req.body),
  );
}
