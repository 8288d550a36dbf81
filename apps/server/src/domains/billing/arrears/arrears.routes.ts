import type { FastifyInstance } from 'fastify';
import { arrearsQuery, arrearsReport, file, receivedReport, reportQuery } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { exportArrears, exportReceived } from './arrears.sheets.ts';
import * as svc from './arrears.service.ts';

const tags = ['billing'];

/** The month's 实收表 and the 应欠表 by age (live; the snapshot day when taken), with .xlsx. */
export function arrearsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/received',
    { schema: { tags, summary: 'The 实收表 of a month', querystring: reportQuery, response: { 200: receivedReport } } },
    async (req) => svc.receivedReport(req.ctx(), req.query),
  );
  app.get(
    '/billing/received/export',
    { schema: { tags, summary: 'The 实收表 as .xlsx (audited)', querystring: reportQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportReceived(req.ctx(), req.query), 'received.xlsx'),
  );
  app.get(
    '/billing/arrears',
    {
      schema: {
        tags,
        summary: 'The 应欠表: arrears per company by age (0-30/31-60/61-90/90+ days past due)',
        querystring: arrearsQuery,
        response: { 200: arrearsReport },
      },
    },
    async (req) => svc.arrearsReport(req.ctx(), req.query),
  );
  app.get(
    '/billing/arrears/export',
    { schema: { tags, summary: 'The 应欠表 as .xlsx (audited)', querystring: arrearsQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportArrears(req.ctx(), req.query), 'arrears.xlsx'),
  );
}
