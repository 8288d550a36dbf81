import type { FastifyInstance } from 'fastify';
import {
  inspectionCreate,
  inspectionQuery,
  leftItem,
  leftItemHandIn,
  leftItemList,
  roomInspection,
  roomInspectionList,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './inspections.service.ts';

const tags = ['guest-rooms'];

/** Vacated-room inspections (T6) and the items left behind. */
export function inspectionsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/guest-inspections',
    {
      schema: {
        tags,
        summary: 'Vacated-room inspections, latest first',
        querystring: inspectionQuery,
        response: { 200: roomInspectionList },
      },
    },
    async (req) => svc.listInspections(req.ctx(), req.query.propertyId),
  );
  app.get('/guest-inspections/:id', { schema: { tags, params: uuidParam, response: { 200: roomInspection } } }, async (req) =>
    svc.getInspection(req.ctx(), req.params.id),
  );
  app.post(
    '/guest-inspections',
    {
      schema: {
        tags,
        summary: 'Inspect a vacated room: damage, consumables, items left behind (409 room_not_dirty)',
        body: inspectionCreate,
        response: { 201: roomInspection },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.inspect(req.ctx(), req.body)),
  );
  app.post(
    '/guest-inspections/:id/cleaned',
    {
      schema: {
        tags,
        summary: 'Cleaning confirmed: the room goes vacant clean (409 inspection_cleaned, room_not_dirty)',
        params: uuidParam,
        response: { 200: roomInspection },
      },
    },
    async (req) => svc.confirmCleaned(req.ctx(), req.params.id),
  );
  app.get(
    '/guest-left-items',
    {
      schema: {
        tags,
        summary: 'Items left behind in guest rooms, latest first',
        querystring: inspectionQuery,
        response: { 200: leftItemList },
      },
    },
    async (req) => svc.listLeftItems(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/guest-left-items/:id/hand-in',
    {
      schema: {
        tags,
        summary: 'Hand an item in to the front desk (409 left_item_handed_in)',
        params: uuidParam,
        body: leftItemHandIn,
        response: { 200: leftItem },
      },
    },
    async (req) => svc.handInItem(req.ctx(), req.params.id, req.body.handedToName),
  );
}
