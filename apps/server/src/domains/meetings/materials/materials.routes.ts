import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as materials from './materials.service.ts';
import * as s from './materials.schema.ts';
import { materialCheckout, materialList, materialReturn, warehouseItem, warehouseItemList } from '@hy/contracts';

/** Warehouse items and a meeting's materials (M7). Mounted by the meetings domain's index. */
export function materialsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.get(
    '/warehouse-items',
    { ...opts, schema: { tags, querystring: s.propertyQuery, response: { 200: warehouseItemList } } },
    async (req) => materials.listItems(req.ctx(), req.query.propertyId),
  );
  app.post('/warehouse-items', { ...opts, schema: { tags, body: s.itemBody, response: { 201: warehouseItem } } }, async (req, reply) =>
    reply.status(201).send(await materials.createItem(req.ctx(), req.body)),
  );
  app.post(
    '/warehouse-items/:id/restock',
    { ...opts, schema: { tags, params: uuidParam, body: s.restockBody, response: { 200: warehouseItem } } },
    async (req) => materials.restock(req.ctx(), req.params.id, req.body.qty),
  );
  app.get(
    '/service-notices/:id/materials',
    { ...opts, schema: { tags, params: uuidParam, response: { 200: materialList } } },
    async (req) => materials.materialsOf(req.ctx(), req.params.id),
  );
  app.post(
    '/service-notices/:id/materials/checkout',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Draw materials from the warehouse (422 insufficient_stock)',
        params: uuidParam,
        body: s.checkoutBody,
        response: { 200: materialCheckout },
      },
    },
    async (req) => materials.checkout(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/service-notices/:id/materials/return',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Count back returned and lost materials (422 return_exceeds_checkout)',
        params: uuidParam,
        body: s.returnMaterialBody,
        response: { 200: materialReturn },
      },
    },
    async (req) => materials.giveBack(req.ctx(), req.params.id, req.body),
  );
}
