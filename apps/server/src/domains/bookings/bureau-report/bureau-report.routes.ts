/** Routes of the bureau's daily report: printable JSON and .xlsx. */
import type { FastifyInstance } from 'fastify';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { typed } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as reports from './bureau-report.service.ts';
import { bureauReport, file } from '@hy/contracts';
import { reportQuery } from './bureau-report.schema.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function bureauReportRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.get(
    '/reports/bureau-daily',
    {
      ...opts,
      schema: {
        tags: ['reports'],
        summary: "The next two working days' bookings for the bureau",
        querystring: reportQuery,
        response: { 200: bureauReport },
      },
    },
    async (req) => reports.bureauDaily(req.ctx(), req.query),
  );
  app.get(
    '/reports/bureau-daily.xlsx',
    { ...opts, schema: { tags: ['reports'], querystring: reportQuery, response: { 200: file(XLSX) } } },
    async (req, reply) => {
      const { buffer, filename } = await reports.bureauDailyXlsx(req.ctx(), req.query);
      return sendXlsx(reply, { filename, buf: buffer }, `bureau-daily-${req.query.date}.xlsx`);
    },
  );
}
