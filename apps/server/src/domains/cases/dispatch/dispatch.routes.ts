import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './dispatch.service.ts';
import * as s from './dispatch.schema.ts';
import { caseDetail, dispatchRuleSet, engineerWorkload, workOrderRow } from '@hy/contracts';

const tags = ['cases'];

/** Dispatch (S5): a case to a handler, dispatch modes, workload, transfer / hand-back of work orders (auth required). */
export function dispatchRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/cases/:id/dispatch',
    { schema: { tags, response: { 200: caseDetail }, summary: 'Dispatch to a handler', params: uuidParam, body: s.dispatchBody } },
    async (req) => svc.dispatch(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/dispatch-rules',
    {
      schema: {
        tags,
        response: { 200: dispatchRuleSet },
        summary: 'Dispatch mode per repair type (assign / grab / rotate)',
        querystring: s.propertyQuery,
      },
    },
    async (req) => svc.getDispatchRules(req.ctx(), req.query.propertyId),
  );
  app.put(
    '/dispatch-rules',
    {
      schema: {
        tags,
        response: { 200: dispatchRuleSet },
        summary: 'Replace the dispatch rules of a property',
        querystring: s.propertyQuery,
        body: s.dispatchRulesBody,
      },
    },
    async (req) => svc.putDispatchRules(req.ctx(), req.query.propertyId, req.body),
  );
  app.get(
    '/work-orders/workload',
    {
      schema: {
        tags,
        response: { 200: engineerWorkload },
        summary: 'Engineers with their open work orders (issued / accepted / on site)',
        querystring: s.propertyQuery,
      },
    },
    async (req) => svc.workload(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/work-orders/:id/transfer',
    {
      schema: {
        tags,
        response: { 200: workOrderRow },
        summary: 'Transfer to another engineer (reason required)',
        params: uuidParam,
        body: s.transferBody,
      },
    },
    async (req) => svc.transferWorkOrder(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/work-orders/:id/hand-back',
    {
      schema: {
        tags,
        response: { 200: workOrderRow },
        summary: 'The assigned engineer gives the work order back (reason required)',
        params: uuidParam,
        body: s.handBackBody,
      },
    },
    async (req) => svc.handBackWorkOrder(req.ctx(), req.params.id, req.body),
  );
}
