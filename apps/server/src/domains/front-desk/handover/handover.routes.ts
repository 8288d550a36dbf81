import type { FastifyInstance } from 'fastify';
import { currentShiftHandover, file, handoverDraft, shiftHandover, shiftHandoverPage } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { handoverReader } from './handover.live.ts';
import { exportHandovers } from './handover.sheets.ts';
import * as svc from './handover.service.ts';
import * as s from './handover.schema.ts';

const tags = ['front-desk'];

/** Shift handover (F5): draw up and write, acknowledge item by item, accept; history, current, the book as .xlsx. */
export function handoverRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('handover', handoverReader);
  const app = typed(fastify);
  app.get(
    '/front-desk/handovers',
    {
      schema: {
        tags,
        summary: 'Handovers, newest shift first (by date, shift, state)',
        querystring: s.handoverQuery,
        response: { 200: shiftHandoverPage },
      },
    },
    async (req) => svc.listHandovers(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/handovers/current',
    {
      schema: {
        tags,
        summary: 'The latest handover submitted and not yet accepted ({data: null} when none)',
        querystring: s.propertyQuery,
        response: { 200: currentShiftHandover },
      },
    },
    async (req) => svc.currentHandover(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/front-desk/handovers/draft',
    {
      schema: {
        tags,
        summary: 'What a handover written now would hold: the shift, its counts and the open items (nothing written)',
        querystring: s.propertyQuery,
        response: { 200: handoverDraft },
      },
    },
    async (req) => svc.draft(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/front-desk/handovers/export',
    {
      schema: {
        tags,
        summary: 'The handover book as .xlsx (audited)',
        querystring: s.handoverExportQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportHandovers(req.ctx(), req.query), 'shift-handovers.xlsx'),
  );
  app.get('/front-desk/handovers/:id', { schema: { tags, params: uuidParam, response: { 200: shiftHandover } } }, async (req) =>
    svc.getHandover(req.ctx(), req.params.id),
  );
  app.post(
    '/front-desk/handovers',
    {
      schema: {
        tags,
        summary: 'Write the handover of the shift ending now (409 handover_exists when written already)',
        body: s.handoverCreate,
        response: { 201: shiftHandover },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.submit(req.ctx(), req.body)),
  );
  app.post(
    '/front-desk/handovers/:id/items/:itemId/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge one item (409 handover_item_acked when someone did already; 422 handover_own for the writer)',
        params: s.itemParams,
        body: s.handoverAck,
        response: { 200: shiftHandover },
      },
    },
    async (req) => svc.acknowledge(req.ctx(), req.params.id, req.params.itemId, req.body),
  );
  app.post(
    '/front-desk/handovers/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept the handover once every item is acknowledged (422 handover_items_pending, handover_own)',
        params: uuidParam,
        body: s.handoverAccept,
        response: { 200: shiftHandover },
      },
    },
    async (req) => svc.accept(req.ctx(), req.params.id, req.body),
  );
}
