import type { FastifyInstance } from 'fastify';
import { billingAreaInput, billingUnit, feeItem, feeItemInput, feeItemUpdate, list, propertyIdQuery } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './items.service.ts';

const tags = ['billing'];

/** Fee items and the units' billing area (收费项目). */
export function itemsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/items',
    { schema: { tags, summary: 'The fee items of a property', querystring: propertyIdQuery, response: { 200: list(feeItem) } } },
    async (req) => svc.listItems(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/billing/items',
    { schema: { tags, summary: 'Add a fee item (409 fee_item_code_taken)', body: feeItemInput, response: { 201: feeItem } } },
    async (req, reply) => reply.status(201).send(await svc.createItem(req.ctx(), req.body)),
  );
  app.patch(
    '/billing/items/:id',
    { schema: { tags, summary: 'Change a fee item (audited)', params: uuidParam, body: feeItemUpdate, response: { 200: feeItem } } },
    async (req) => svc.updateItem(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/billing/units',
    {
      schema: {
        tags,
        summary: 'Units with their company and billing area',
        querystring: propertyIdQuery,
        response: { 200: list(billingUnit) },
      },
    },
    async (req) => svc.listUnits(req.ctx(), req.query.propertyId),
  );
  app.put(
    '/billing/units/:id/area',
    {
      schema: {
        tags,
        summary: 'Set a unit’s billing area (> 0, audited)',
        params: uuidParam,
        body: billingAreaInput,
        response: { 200: billingUnit },
      },
    },
    async (req) => svc.setUnitArea(req.ctx(), req.params.id, req.body.billingAreaSqm),
  );
}
