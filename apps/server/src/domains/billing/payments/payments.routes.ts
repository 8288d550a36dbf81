import type { FastifyInstance } from 'fastify';
import { billingReceipt, paymentCreate, receiptVoid } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './payments.service.ts';

const tags = ['billing'];

/** Payments on a notice and their receipts (partial payments; refunds are not taken here). */
export function paymentsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/bills/:id/payments',
    {
      schema: {
        tags,
        summary:
          'Take a payment; its receipt numbered SJ-YYYY-NNNNNN (422 payment_exceeds_due — no refunds here; 409 notice_paid, receipt_number_taken)',
        params: uuidParam,
        body: paymentCreate,
        response: { 201: billingReceipt },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.recordPayment(req.ctx(), req.params.id, req.body)),
  );
  app.get(
    '/receipts/:id',
    { schema: { tags, summary: 'A receipt (tenant: own only)', params: uuidParam, response: { 200: billingReceipt } } },
    async (req) => svc.getReceipt(req.ctx(), req.params.id),
  );
  app.post(
    '/receipts/:id/void',
    {
      schema: {
        tags,
        summary:
          "Void a receipt with the supervisor's signature: it keeps its number (作废), the payment is reversed (409 receipt_void_already)",
        params: uuidParam,
        body: receiptVoid,
        response: { 200: billingReceipt },
      },
    },
    async (req) => svc.voidReceipt(req.ctx(), req.params.id, req.body),
  );
}
