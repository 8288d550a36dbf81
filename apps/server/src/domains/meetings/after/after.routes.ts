import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as after from './after.service.ts';
import * as s from './after.schema.ts';
import { afterCheck, afterData, handover, lostItem, lostItemList } from '@hy/contracts';

/** After the meeting (M9): the cleanup and equipment check, hand-overs, the lost property register. Mounted by the meetings domain's index. */
export function afterRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.get(
    '/service-notices/:id/after',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Cleanup checklist, equipment count, hand-overs and lost property of a meeting',
        params: uuidParam,
        response: { 200: afterData },
      },
    },
    async (req) => after.afterOf(req.ctx(), req.params.id),
  );
  app.put(
    '/service-notices/:id/after-check',
    { ...opts, schema: { tags, params: uuidParam, body: s.afterCheckBody, response: { 200: afterCheck } } },
    async (req) => after.recordCheck(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/service-notices/:id/handovers',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Log recordings/documents handed to the organizer or the bureau',
        params: uuidParam,
        body: s.handoverBody,
        response: { 201: handover },
      },
    },
    async (req, reply) => reply.status(201).send(await after.recordHandover(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/lost-items',
    { ...opts, schema: { tags, summary: '《拾遗物品登记表》: register a found item', body: s.lostBody, response: { 201: lostItem } } },
    async (req, reply) => reply.status(201).send(await after.registerLost(req.ctx(), req.body)),
  );
  app.get('/lost-items', { ...opts, schema: { tags, querystring: s.lostQuery, response: { 200: lostItemList } } }, async (req, reply) => {
    const out = await after.listLost(req.ctx(), req.query);
    return out.buf ? sendXlsx(reply, { filename: out.filename, buf: out.buf }) : out;
  });
  app.post(
    '/lost-items/:id/store',
    { ...opts, schema: { tags, params: uuidParam, body: s.storeBody, response: { 200: lostItem } } },
    async (req) => after.storeLost(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/lost-items/:id/return',
    {
      ...opts,
      schema: {
        tags,
        summary: "Handed back against the owner's signature",
        params: uuidParam,
        body: s.returnBody,
        response: { 200: lostItem },
      },
    },
    async (req) => after.returnLost(req.ctx(), req.params.id, req.body),
  );
}
