import type { FastifyInstance } from 'fastify';
import { billingNotice, billingNoticeDetail, list, noticeQuery, propertyIdQuery } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './notices.service.ts';

const tags = ['billing'];

/** Payment notices 《物业管理缴费单》: the month's list, one notice with lines and receipts, the tenant's own, delivered. */
export function noticesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/bills',
    {
      schema: {
        tags,
        summary: 'Payment notices of the property (by month, state)',
        querystring: noticeQuery,
        response: { 200: list(billingNotice) },
      },
    },
    async (req) => svc.listNotices(req.ctx(), req.query),
  );
  app.get(
    '/bills/mine',
    {
      schema: {
        tags,
        summary: "The tenant's own notices (billing.own) with lines and receipts",
        querystring: propertyIdQuery,
        response: { 200: list(billingNoticeDetail) },
      },
    },
    async (req) => svc.myNotices(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/bills/:id',
    {
      schema: {
        tags,
        summary: 'A notice with its lines per sheet, receipts and dunning (a tenant: own only, else 404)',
        params: uuidParam,
        response: { 200: billingNoticeDetail },
      },
    },
    async (req) => svc.getNotice(req.ctx(), req.params.id),
  );
  app.post(
    '/bills/:id/delivered',
    {
      schema: {
        tags,
        summary: 'Record the printed notice delivered (409 notice_delivered_already)',
        params: uuidParam,
        response: { 200: billingNoticeDetail },
      },
    },
    async (req) => svc.markDelivered(req.ctx(), req.params.id),
  );
}
