import type { FastifyInstance } from 'fastify';
import { repairPriceItem, repairPriceList } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './price-list.service.ts';
import * as s from './price-list.schema.ts';

const tags = ['cases'];

/** The repair price list (S6): read by who quotes, kept by the billing staff. */
export function priceListRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/repair-price-items',
    {
      schema: {
        tags,
        summary: 'The repair price list (labour and materials)',
        querystring: s.listQuery,
        response: { 200: repairPriceList },
      },
    },
    async (req) => svc.listItems(req.ctx(), req.query),
  );
  app.post(
    '/repair-price-items',
    { schema: { tags, summary: 'Add a price-list item', body: s.itemBody, response: { 201: repairPriceItem } } },
    async (req, reply) => reply.status(201).send(await svc.createItem(req.ctx(), req.body)),
  );
  app.patch(
    '/repair-price-items/:id',
    {
      schema: {
        tags,
        summary: 'Change a price-list item (price, active …)',
        params: uuidParam,
        body: s.itemPatch,
        response: { 200: repairPriceItem },
      },
    },
    async (req) => svc.updateItem(req.ctx(), req.params.id, req.body),
  );
}
