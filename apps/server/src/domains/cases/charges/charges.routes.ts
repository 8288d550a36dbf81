import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { reportRoute } from '../supervision/reports.ts';
import { monthQuery } from '../supervision/supervision.schema.ts';
import * as svc from './charges.service.ts';
import { quote } from './charges.quote.ts';
import * as s from './charges.schema.ts';
import { PAID_REPAIRS_SHEET } from './charges.sheets.ts';
import { paidRepairsReport, paymentNotice, repairCharge, workOrderCharge } from '@hy/contracts';

const tags = ['cases'];

/** Paid repairs (S6): quote, consent, the numbered 《缴费通知书》, payment, and the month's billing list. */
export function chargesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  reportRoute(
    app,
    '/reports/paid-repairs',
    monthQuery,
    'paid',
    PAID_REPAIRS_SHEET,
    "The month's paid-repair charges for billing with the property fee",
    paidRepairsReport,
    svc.paidRepairs,
  );
  app.get('/work-orders/:id/charge', { schema: { tags, response: { 200: workOrderCharge }, params: uuidParam } }, async (req) =>
    svc.getCharge(req.ctx(), req.params.id),
  );
  app.post(
    '/work-orders/:id/quote',
    {
      schema: {
        tags,
        response: { 200: repairCharge },
        summary: 'Quote a paid repair (amount in fen from the items)',
        params: uuidParam,
        body: s.quoteBody,
      },
    },
    async (req) => quote(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/work-orders/:id/consent',
    {
      schema: {
        tags,
        response: { 200: repairCharge },
        summary: 'Customer consent: the tenant on the portal, or recorded by staff',
        params: uuidParam,
        body: s.consentBody,
      },
    },
    async (req) => svc.consent(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/work-orders/:id/payment-notice',
    { schema: { tags, response: { 201: paymentNotice }, summary: 'Issue the numbered 《缴费通知书》', params: uuidParam } },
    async (req, reply) => reply.status(201).send(await svc.issueNotice(req.ctx(), req.params.id)),
  );
  app.get(
    '/work-orders/:id/payment-notice',
    { schema: { tags, response: { 200: paymentNotice }, summary: 'The printable 《缴费通知书》', params: uuidParam } },
    async (req) => svc.paymentNotice(req.ctx(), req.params.id),
  );
  app.post(
    '/work-orders/:id/paid',
    {
      schema: {
        tags,
        response: { 200: repairCharge },
        summary: 'Record the payment (receipt number)',
        params: uuidParam,
        body: s.paidBody,
      },
    },
    async (req) => svc.recordPaid(req.ctx(), req.params.id, req.body),
  );
}
