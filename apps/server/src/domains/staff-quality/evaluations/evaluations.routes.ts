import type { FastifyInstance } from 'fastify';
import {
  criterionCreate,
  criterionUpdate,
  evaluationCreate,
  evaluationCriteriaList,
  evaluationCriterion,
  evaluationQuery,
  propertyIdQuery,
  spotCheckCreate,
  staffEvaluation,
  staffEvaluationPage,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './evaluations.service.ts';

const tags = ['staff-quality'];

/** Evaluations (考评) and spot checks of the front desk (T7), and the criteria they are scored on. */
export function evaluationsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/quality/evaluation-criteria',
    { schema: { tags, summary: 'The criteria of evaluations', querystring: propertyIdQuery, response: { 200: evaluationCriteriaList } } },
    async (req) => svc.listCriteria(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/quality/evaluation-criteria',
    {
      schema: {
        tags,
        summary: 'Add a criterion (quality.criteria; 409 criterion_exists)',
        body: criterionCreate,
        response: { 201: evaluationCriterion },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addCriterion(req.ctx(), req.body)),
  );
  app.patch(
    '/quality/evaluation-criteria/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-weight or retire a criterion',
        params: uuidParam,
        body: criterionUpdate,
        response: { 200: evaluationCriterion },
      },
    },
    async (req) => svc.updateCriterion(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/quality/evaluations',
    {
      schema: {
        tags,
        summary: 'Evaluations and spot checks, newest first',
        querystring: evaluationQuery,
        response: { 200: staffEvaluationPage },
      },
    },
    async (req) => svc.listEvaluations(req.ctx(), req.query),
  );
  app.get('/quality/evaluations/:id', { schema: { tags, params: uuidParam, response: { 200: staffEvaluation } } }, async (req) =>
    svc.getEvaluation(req.ctx(), req.params.id),
  );
  app.post(
    '/quality/evaluations',
    {
      schema: {
        tags,
        summary: 'Evaluate a staff member per criterion (422 evaluation_self, evaluation_score_over, evaluation_criteria_incomplete …)',
        body: evaluationCreate,
        response: { 201: staffEvaluation },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.evaluate(req.ctx(), req.body)),
  );
  app.post(
    '/quality/spot-checks',
    {
      schema: {
        tags,
        summary: 'Record a spot check of front-desk staff: pass/fail on each of the four points',
        body: spotCheckCreate,
        response: { 201: staffEvaluation },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.spotCheck(req.ctx(), req.body)),
  );
}
