import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CASE_SUBCATEGORIES, DISPATCH_MODES, QUARTER_PATTERN } from '@hy/contracts';
import { typed, uuidParam, reqText } from '../../../lib/http.ts';
import * as svc from './dispatch.service.ts';

const tags = ['cases'];
const id = z.string().uuid();
const propertyQuery = z.object({ propertyId: id });
export const dispatchRulesBody = z.object({
  rules: z.array(z.object({
    subcategory: z.union([z.enum(CASE_SUBCATEGORIES), z.literal('*')]),
    mode: z.enum(DISPATCH_MODES),
    assigneeId: id.nullish(),
    teamRole: z.enum(['engineer']).nullish(),
  }).strict()).max(50),
}).strict();
export const transferBody = z.object({ assigneeId: id, reason: reqText(500) }).strict();
export const handBackBody = z.object({ reason: reqText(500) }).strict();
export const closeUnresolvableBody = z.object({
  propertyId: id,
  quarter: z.string().regex(QUARTER_PATTERN, 'e.g. 2026Q4'),
  caseIds: z.array(id).min(1).max(500),
  note: reqText(2000),
}).strict();

/** Dispatch modes, transfer / hand-back, workload, quarterly batch close (registered inside casesRoutes, auth required). */
export function casesDispatchRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get('/dispatch-rules', { schema: { tags, summary: 'Dispatch mode per repair type (assign / grab / rotate)', querystring: propertyQuery } },
    async (req) => svc.getDispatchRules(req.ctx(), req.query.propertyId));
  app.put('/dispatch-rules', { schema: { tags, summary: 'Replace the dispatch rules of a property', querystring: propertyQuery, body: dispatchRulesBody } },
    async (req) => svc.putDispatchRules(req.ctx(), req.query.propertyId, req.body));
  app.get('/work-orders/workload', { schema: { tags, summary: 'Engineers with their open work orders (issued / accepted / on site)', querystring: propertyQuery } },
    async (req) => svc.workload(req.ctx(), req.query.propertyId));
  app.post('/work-orders/:id/transfer', { schema: { tags, summary: 'Transfer to another engineer (reason required)', params: uuidParam, body: transferBody } },
    async (req) => svc.transferWorkOrder(req.ctx(), req.params.id, req.body));
  app.post('/work-orders/:id/hand-back', { schema: { tags, summary: 'The assigned engineer gives the work order back (reason required)', params: uuidParam, body: handBackBody } },
    async (req) => svc.handBackWorkOrder(req.ctx(), req.params.id, req.body));
  app.post('/cases/close-unresolvable', { schema: { tags, summary: 'Quarterly close of unresolvable cases (project manager signs)', body: closeUnresolvableBody } },
    async (req) => svc.closeUnresolvable(req.ctx(), req.body));
}
