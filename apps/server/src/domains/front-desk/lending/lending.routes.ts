import type { FastifyInstance } from 'fastify';
import { file, lendingItem, lendingItemList, loan, loanPage } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { loanReader } from './lending.live.ts';
import { exportRegister } from './lending.sheets.ts';
import * as svc from './lending.service.ts';
import * as s from './lending.schema.ts';

const tags = ['front-desk'];

/** Lending (F3): items and stock, lend, return, overdue, the register as .xlsx (audited). */
export function lendingRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('loan', loanReader);
  const app = typed(fastify);
  app.get(
    '/front-desk/lending-items',
    {
      schema: {
        tags,
        summary: 'Items with their stock (all=true: inactive too)',
        querystring: s.itemQuery,
        response: { 200: lendingItemList },
      },
    },
    async (req) => svc.listItems(req.ctx(), req.query),
  );
  app.post('/front-desk/lending-items', { schema: { tags, body: s.itemCreate, response: { 201: lendingItem } } }, async (req, reply) =>
    reply.status(201).send(await svc.createItem(req.ctx(), req.body)),
  );
  app.patch(
    '/front-desk/lending-items/:id',
    { schema: { tags, params: uuidParam, body: s.itemPatch, response: { 200: lendingItem } } },
    async (req) => svc.updateItem(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/front-desk/loans',
    { schema: { tags, summary: 'Loans: open, overdue, returned or all', querystring: s.loanQuery, response: { 200: loanPage } } },
    async (req) => svc.listLoans(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/loans/export',
    {
      schema: {
        tags,
        summary: 'The lending register as .xlsx (audited)',
        querystring: s.registerExportQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportRegister(req.ctx(), req.query), 'lending-register.xlsx'),
  );
  app.get('/front-desk/loans/:id', { schema: { tags, params: uuidParam, response: { 200: loan } } }, async (req) =>
    svc.getLoan(req.ctx(), req.params.id),
  );
  app.post(
    '/front-desk/loans',
    { schema: { tags, summary: 'Lend (422 out_of_stock when fewer are on the shelf)', body: s.loanCreate, response: { 201: loan } } },
    async (req, reply) => reply.status(201).send(await svc.lend(req.ctx(), req.body)),
  );
  app.post(
    '/front-desk/loans/:id/return',
    {
      schema: {
        tags,
        summary: 'Take a loan back: ok, damaged or lost (with a note)',
        params: uuidParam,
        body: s.loanReturn,
        response: { 200: loan },
      },
    },
    async (req) => svc.returnLoan(req.ctx(), req.params.id, req.body),
  );
}
