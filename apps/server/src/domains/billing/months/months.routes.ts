import type { FastifyInstance } from 'fastify';
import {
  billingMonth,
  billingMonthList,
  file,
  lineEditInput,
  monthByMonthQuery,
  monthDrawInput,
  monthListQuery,
  redrawInput,
  signInput,
} from '@hy/contracts';
import { z } from 'zod';
import { errors } from '../../../lib/errors.ts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './months.service.ts';
import { exportMonth } from './months.sheets.ts';
import { signMonth } from './months.sign.ts';
import * as repo from './months.repository.ts';

const tags = ['billing'];

/** The month's fee tables and the signed receivables (月度费用表). */
export function monthsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/months',
    { schema: { tags, summary: 'The months drawn up, newest first', querystring: monthListQuery, response: { 200: billingMonthList } } },
    async (req) => svc.listMonths(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/billing/months/by-month',
    {
      schema: {
        tags,
        summary: 'The month of a property by its YYYY-MM (404 when not drawn)',
        querystring: monthByMonthQuery,
        response: { 200: billingMonth },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      const m = await repo.monthOf(ctx.db, req.query.propertyId, req.query.month);
      await svc.listMonths(ctx, req.query.propertyId); // authorizes
      if (!m) throw errors.notFound();
      return svc.getMonth(ctx, m.id);
    },
  );
  app.post(
    '/billing/months',
    {
      schema: {
        tags,
        summary: 'Draw up the month’s six fee tables (409 billing_month_exists)',
        body: monthDrawInput,
        response: { 201: billingMonth },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.drawMonth(req.ctx(), req.body)),
  );
  app.get('/billing/months/:id', { schema: { tags, params: uuidParam, response: { 200: billingMonth } } }, async (req) =>
    svc.getMonth(req.ctx(), req.params.id),
  );
  app.post(
    '/billing/months/:id/redraw',
    {
      schema: {
        tags,
        summary: 'Draw the month again before it is fully signed: version + 1, earlier signatures voided (409 billing_month_locked)',
        params: uuidParam,
        body: redrawInput,
        response: { 200: billingMonth },
      },
    },
    async (req) => svc.redrawMonth(req.ctx(), req.params.id, req.body.reason),
  );
  app.patch(
    '/billing/months/:id/lines/:lineId',
    {
      schema: {
        tags,
        summary: 'Change a line’s amount with a reason: version + 1, earlier signatures voided (409 billing_month_locked)',
        params: z.object({ id: z.string().uuid(), lineId: z.string().uuid() }),
        body: lineEditInput,
        response: { 200: billingMonth },
      },
    },
    async (req) => svc.editLine(req.ctx(), req.params.id, req.params.lineId, req.body),
  );
  app.post(
    '/billing/months/:id/sign',
    {
      schema: {
        tags,
        summary: 'Sign the next step (409 billing_sign_out_of_order, billing_sign_step_done, billing_month_locked; 403 no signing role)',
        params: uuidParam,
        body: signInput,
        response: { 200: billingMonth },
      },
    },
    async (req) => signMonth(req.ctx(), req.params.id, req.body.signatureFileId),
  );
  app.get(
    '/billing/months/:id/export',
    {
      schema: {
        tags,
        summary: 'The whole month as .xlsx: the receivables and one worksheet per sub-table',
        params: uuidParam,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportMonth(req.ctx(), req.params.id), 'billing-month.xlsx'),
  );
}
