import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './work-orders.service.ts';
import * as s from './work-orders.schema.ts';
import { caseDetail, workOrderGapReport, workOrderPage, workOrderRow, workOrderWithCase } from '@hy/contracts';

const tags = ['cases'];

/** Work orders (S5, 工程维修派工单): issue, the engineer's steps, the customer's signature, return, void. */
export function workOrdersRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/cases/:id/work-orders',
    {
      schema: {
        tags,
        response: { 201: caseDetail },
        summary: 'Issue a work order (工程维修派工单, unbroken numbers)',
        params: uuidParam,
        body: s.issueWorkOrderBody,
      },
    },
    async (req, reply) => reply.status(201).send(await svc.issueWorkOrder(req.ctx(), req.params.id, req.body)),
  );
  app.get(
    '/work-orders',
    {
      schema: {
        tags,
        response: { 200: workOrderPage },
        summary: "Work orders (assignee=me for an engineer's list)",
        querystring: s.listWorkOrdersQuery,
      },
    },
    async (req) => svc.listWorkOrders(req.ctx(), req.query),
  );
  app.get(
    '/work-orders/gap-report',
    {
      schema: {
        tags,
        response: { 200: workOrderGapReport },
        summary: 'Proves no work-order number of the year is missing; voided ones with reasons',
        querystring: s.gapReportQuery,
      },
    },
    async (req) => svc.gapReport(req.ctx(), req.query),
  );
  app.get('/work-orders/:id', { schema: { tags, response: { 200: workOrderWithCase }, params: uuidParam } }, async (req) =>
    svc.getWorkOrder(req.ctx(), req.params.id),
  );
  app.post(
    '/work-orders/:id/accept',
    { schema: { tags, response: { 200: workOrderRow }, summary: 'The engineer takes the work order', params: uuidParam } },
    async (req) => svc.acceptWorkOrder(req.ctx(), req.params.id),
  );
  app.post(
    '/work-orders/:id/arrive',
    { schema: { tags, response: { 200: workOrderRow }, summary: 'On site', params: uuidParam } },
    async (req) => svc.arriveWorkOrder(req.ctx(), req.params.id),
  );
  app.post(
    '/work-orders/:id/complete',
    { schema: { tags, response: { 200: workOrderRow }, summary: 'Work done and materials', params: uuidParam, body: s.completeBody } },
    async (req) => svc.completeWorkOrder(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/work-orders/:id/sign',
    {
      schema: {
        tags,
        response: { 200: workOrderRow },
        summary: 'Customer signature: the tenant on the portal, or staff record the paper one',
        params: uuidParam,
        body: s.signBody,
      },
    },
    async (req) => svc.signWorkOrder(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/work-orders/:id/return',
    {
      schema: { tags, response: { 200: workOrderRow }, summary: 'The signed work order came back to customer service', params: uuidParam },
    },
    async (req) => svc.returnWorkOrder(req.ctx(), req.params.id),
  );
  app.post(
    '/work-orders/:id/void',
    {
      schema: {
        tags,
        response: { 200: workOrderRow },
        summary: 'Void (reason required; the number is kept)',
        params: uuidParam,
        body: s.voidBody,
      },
    },
    async (req) => svc.voidWorkOrder(req.ctx(), req.params.id, req.body),
  );
}
