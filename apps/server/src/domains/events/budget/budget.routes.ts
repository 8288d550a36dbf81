import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { budgetActualCreate, budgetApprove, budgetLinesPut, budgetView, feeStatementFromActuals } from '@hy/contracts';
import { file } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './budget.service.ts';
import { budgetXlsx, feeStatementFromActuals as drawStatement } from './budget.statement.ts';

const tags = ['events'];
const versionParams = z.object({ id: z.string().uuid(), versionId: z.string().uuid() });
const actualParams = z.object({ id: z.string().uuid(), actualId: z.string().uuid() });

/** The budget routes of large events (M13): 会务服务预算表 versions, approval, actuals, variance, the fee statement. */
export function budgetRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/budget',
    {
      schema: {
        tags,
        summary: 'The budget: versions with lines priced (snapshot / live), actuals, variance per category, the fee statement',
        params: uuidParam,
        response: { 200: budgetView },
      },
    },
    async (req) => svc.getBudget(req.ctx(), req.params.id),
  );
  app.get(
    '/events/:id/budget/export',
    {
      schema: {
        tags,
        summary: 'The budget against current and actual as .xlsx (audited)',
        params: uuidParam,
        querystring: z.object({ versionId: z.string().uuid().optional() }),
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await budgetXlsx(req.ctx(), req.params.id, req.query.versionId), 'event-budget.xlsx'),
  );
  app.post(
    '/events/:id/budget/versions',
    {
      schema: {
        tags,
        summary: 'A new draft version copying the latest one (409 budget_draft_exists)',
        params: uuidParam,
        response: { 201: budgetView },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createVersion(req.ctx(), req.params.id)),
  );
  app.put(
    '/events/:id/budget/versions/:versionId/lines',
    {
      schema: {
        tags,
        summary: "The draft's lines (409 budget_approved_locked on an approved version, budget_not_draft, budget_version_changed)",
        params: versionParams,
        body: budgetLinesPut,
        response: { 200: budgetView },
      },
    },
    async (req) => svc.putLines(req.ctx(), req.params.id, req.params.versionId, req.body),
  );
  app.post(
    '/events/:id/budget/versions/:versionId/submit',
    { schema: { tags, summary: 'Submit the draft for approval (422 budget_empty)', params: versionParams, response: { 200: budgetView } } },
    async (req) => svc.submitVersion(req.ctx(), req.params.id, req.params.versionId),
  );
  app.post(
    '/events/:id/budget/versions/:versionId/approve',
    {
      schema: {
        tags,
        summary:
          'Approve with a drawn signature (events.approve; 422 budget_signature_required, 409 budget_version_stale, budget_not_submitted)',
        params: versionParams,
        body: budgetApprove,
        response: { 200: budgetView },
      },
    },
    async (req) => svc.approveVersion(req.ctx(), req.params.id, req.params.versionId, req.body.signatureFileId),
  );
  app.post(
    '/events/:id/budget/actuals',
    {
      schema: {
        tags,
        summary: 'Record a purchase or invoice as an actual line',
        params: uuidParam,
        body: budgetActualCreate,
        response: { 201: budgetView },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addActual(req.ctx(), req.params.id, req.body)),
  );
  app.delete(
    '/events/:id/budget/actuals/:actualId',
    { schema: { tags, summary: 'Remove a recorded actual line', params: actualParams, response: { 200: budgetView } } },
    async (req) => svc.removeActual(req.ctx(), req.params.id, req.params.actualId),
  );
  app.post(
    '/events/:id/fee-statement',
    {
      schema: {
        tags,
        summary:
          "Draft (or recompute) the main session's 《会议费用确认单》 from the actuals; issue it with issue=true (422 event_no_notice_yet)",
        params: uuidParam,
        body: feeStatementFromActuals,
        response: { 200: budgetView, 201: budgetView },
      },
    },
    async (req, reply) => {
      const r = await drawStatement(req.ctx(), req.params.id, req.body);
      return reply.status(r.created ? 201 : 200).send(r.budget);
    },
  );
}
