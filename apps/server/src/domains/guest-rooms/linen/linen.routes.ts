import type { FastifyInstance } from 'fastify';
import {
  file,
  laundryBatch,
  laundryBatchList,
  linenLaundryReturn,
  laundrySend,
  linenReceive,
  linenStock,
  propertyIdQuery,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './linen.service.ts';
import { exportLinen } from './linen.sheets.ts';

const tags = ['guest-rooms'];

/** Linen and glassware (T6): the stock count, pieces received, laundry batches out and back. */
export function linenRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/guest-linen',
    {
      schema: {
        tags,
        summary: 'The linen and glassware stock per item by place',
        querystring: propertyIdQuery,
        response: { 200: linenStock },
      },
    },
    async (req) => svc.stockView(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/guest-linen/export',
    {
      schema: {
        tags,
        summary: 'The stock count and laundry batches as .xlsx (audited)',
        querystring: propertyIdQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportLinen(req.ctx(), req.query.propertyId), 'guest-linen.xlsx'),
  );
  app.post(
    '/guest-linen/receive',
    {
      schema: {
        tags,
        summary: 'Pieces received into the store (422 linen_nothing_counted)',
        body: linenReceive,
        response: { 200: linenStock },
      },
    },
    async (req) => svc.receive(req.ctx(), req.body),
  );
  app.get(
    '/guest-laundry',
    { schema: { tags, summary: 'Laundry batches, latest first', querystring: propertyIdQuery, response: { 200: laundryBatchList } } },
    async (req) => svc.listBatches(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/guest-laundry',
    {
      schema: {
        tags,
        summary: 'Send dirty pieces to the laundry (409 linen_short; 422 linen_nothing_counted)',
        body: laundrySend,
        response: { 201: laundryBatch },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.sendToLaundry(req.ctx(), req.body)),
  );
  app.post(
    '/guest-laundry/:id/return',
    {
      schema: {
        tags,
        summary: 'Count a batch back from the laundry; a shortfall is flagged (409 laundry_returned; 422 laundry_return_too_many)',
        params: uuidParam,
        body: linenLaundryReturn,
        response: { 200: laundryBatch },
      },
    },
    async (req) => svc.returnFromLaundry(req.ctx(), req.params.id, req.body),
  );
}
