import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as fees from './fees.service.ts';
import * as purchases from './purchases.service.ts';
import * as s from './fees.schema.ts';
import {
  empty,
  feeEstimate,
  feeStatement,
  feeStatementList,
  feeStatementPrint,
  meetingPriceList,
  meetingPurchase,
  meetingPurchaseList,
} from '@hy/contracts';

/** Price list and fee statement 《会议费用确认单》 (M9), proxy purchases 《会议采购通知单》 (M7). Mounted by the meetings domain's index. */
export function feesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.get(
    '/meeting-price-lists/:propertyId',
    { ...opts, schema: { tags, params: s.propertyParam, response: { 200: meetingPriceList } } },
    async (req) => fees.getPrices(req.ctx(), req.params.propertyId),
  );
  app.post(
    '/meeting-fee-estimates',
    {
      ...opts,
      schema: {
        tags,
        summary: "A booking's expected fee by the price list (venue by hours, priced services), before it is made",
        body: s.estimateBody,
        response: { 200: feeEstimate },
      },
    },
    async (req) => fees.estimate(req.ctx(), req.body),
  );
  app.put(
    '/meeting-price-lists/:propertyId',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Venue fee by class and duration band, consumables, technical materials (fen)',
        params: s.propertyParam,
        body: s.priceListBody,
        response: { 200: meetingPriceList },
      },
    },
    async (req) => fees.putPrices(req.ctx(), req.params.propertyId, req.body),
  );
  app.post(
    '/service-notices/:id/fee-statement',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Draw up (201) or recompute (200, while a draft) the fee statement from the price list',
        params: uuidParam,
        body: s.statementBody,
        response: { 200: feeStatement, 201: feeStatement },
      },
    },
    async (req, reply) => {
      const out = await fees.draftStatement(req.ctx(), req.params.id, req.body);
      return reply.status(out.created ? 201 : 200).send(out.statement);
    },
  );
  app.get(
    '/service-notices/:id/fee-statement',
    {
      ...opts,
      schema: {
        tags,
        summary: "The notice's fee statement; 204 while none is drawn up",
        params: uuidParam,
        response: { 200: feeStatement, 204: empty },
      },
    },
    async (req, reply) => (await fees.statementOf(req.ctx(), req.params.id)) ?? reply.status(204).send(null),
  );
  app.get(
    '/fee-statements',
    {
      ...opts,
      schema: {
        tags,
        summary: "Statements of a property (an organizer: their own unit's issued ones); ?unpaid=true",
        querystring: s.statementQuery,
        response: { 200: feeStatementList },
      },
    },
    async (req) => fees.listStatements(req.ctx(), req.query),
  );
  app.get('/fee-statements/:id', { ...opts, schema: { tags, params: uuidParam, response: { 200: feeStatement } } }, async (req) =>
    fees.getStatement(req.ctx(), req.params.id),
  );
  app.get(
    '/fee-statements/:id/print',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Printable 《会议大厦会议费用确认单》, or ?format=xlsx (audited)',
        params: uuidParam,
        querystring: s.statementFormat,
        response: { 200: feeStatementPrint },
      },
    },
    async (req, reply) =>
      req.query.format === 'xlsx'
        ? sendXlsx(reply, await fees.statementXlsx(req.ctx(), req.params.id))
        : fees.printStatement(req.ctx(), req.params.id),
  );
  app.post('/fee-statements/:id/issue', { ...opts, schema: { tags, params: uuidParam, response: { 200: feeStatement } } }, async (req) =>
    fees.issueStatement(req.ctx(), req.params.id),
  );
  app.post(
    '/fee-statements/:id/confirm',
    {
      ...opts,
      schema: {
        tags,
        summary: "The organizer confirms online, or staff record the responsible person's paper signature",
        params: uuidParam,
        body: s.confirmBody,
        response: { 200: feeStatement },
      },
    },
    async (req) => fees.confirmStatement(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/fee-statements/:id/payments',
    { ...opts, schema: { tags, params: uuidParam, body: s.paymentBody, response: { 200: feeStatement } } },
    async (req) => fees.recordPayment(req.ctx(), req.params.id, req.body),
  );

  // M7 proxy purchases 《会议采购通知单》
  app.get(
    '/service-notices/:id/purchases',
    { ...opts, schema: { tags, params: uuidParam, response: { 200: meetingPurchaseList } } },
    async (req) => purchases.listPurchases(req.ctx(), req.params.id),
  );
  app.post(
    '/service-notices/:id/purchases',
    { ...opts, schema: { tags, params: uuidParam, body: s.purchaseBody, response: { 201: meetingPurchase } } },
    async (req, reply) => reply.status(201).send(await purchases.requestPurchase(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/meeting-purchases/:id/complete',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Purchased (actual cost, invoice) or cancelled',
        params: uuidParam,
        body: s.purchaseDoneBody,
        response: { 200: meetingPurchase },
      },
    },
    async (req) => purchases.completePurchase(req.ctx(), req.params.id, req.body),
  );
}
