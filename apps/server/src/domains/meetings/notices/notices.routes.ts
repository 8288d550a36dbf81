import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from './notices.service.ts';
import { noticeCreate, noticeQuery, sheetParams } from './notices.schema.ts';
import { noticeDetail, noticeList, noticePrint } from '@hy/contracts';

/** Service notices (M4): issue, list, read, print. Mounted by the meetings domain's index. */
export function noticesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.post(
    '/service-notices',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Issue (or bring up to date) the service notice of a confirmed booking; 201 when created',
        body: noticeCreate,
        response: { 200: noticeDetail, 201: noticeDetail },
      },
    },
    async (req, reply) => {
      const out = await svc.issueForBooking(req.ctx(), req.body.bookingId);
      return reply.status(out.created ? 201 : 200).send(out.notice);
    },
  );
  app.get(
    '/service-notices',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Notices of meetings overlapping [from, to) (default today and tomorrow)',
        querystring: noticeQuery,
        response: { 200: noticeList },
      },
    },
    async (req) => svc.listNotices(req.ctx(), req.query),
  );
  app.get(
    '/service-notices/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A notice with its tasks, readiness per department, checks, incidents and policies',
        params: uuidParam,
        response: { 200: noticeDetail },
      },
    },
    async (req) => svc.getNotice(req.ctx(), req.params.id),
  );
  app.get(
    '/service-notices/:id/print',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Printable 《会议服务通知单》 with every department sheet',
        params: uuidParam,
        response: { 200: noticePrint },
      },
    },
    async (req) => svc.printable(req.ctx(), req.params.id),
  );
  app.get(
    '/service-notices/:id/sheets/:department',
    { ...opts, schema: { tags, summary: "One department's printable task sheet", params: sheetParams, response: { 200: noticePrint } } },
    async (req) => svc.printable(req.ctx(), req.params.id, req.params.department),
  );
}
