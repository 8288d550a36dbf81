import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  accommodationPlan as planSchema,
  autoResult,
  blockInput,
  blocksSaved,
  empty,
  hotelInput,
  hotelPatch,
  roomAssign,
  rooming,
  roomMove,
  sendListResult,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './hotels.service.ts';
import * as rooms from './hotels.rooms.ts';
import * as plan from './hotels.plan.ts';

const tags = ['events'];
const hotelParam = z.object({ id: z.string().uuid(), hotelId: z.string().uuid() });
const roomParam = z.object({ id: z.string().uuid(), roomId: z.string().uuid() });
const idOnly = z.object({ id: z.string().uuid() });

/** The hotels routes of large events (M13): hotels, blocks, rooming, the accommodation plan, the check-in list. */
export function hotelsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/rooming',
    {
      schema: {
        tags,
        summary: 'Hotels with blocks, rooms, unroomed guests, change log and release flags',
        params: uuidParam,
        response: { 200: rooming },
      },
    },
    async (req) => svc.rooming(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/hotels',
    {
      schema: { tags, summary: 'A hotel of the event (409 hotel_exists)', params: uuidParam, body: hotelInput, response: { 201: idOnly } },
    },
    async (req, reply) => reply.status(201).send(await svc.addHotel(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/hotels/:hotelId',
    { schema: { tags, summary: 'Edit a hotel', params: hotelParam, body: hotelPatch, response: { 200: idOnly } } },
    async (req) => svc.patchHotel(req.ctx(), req.params.id, req.params.hotelId, req.body),
  );
  app.delete(
    '/events/:id/hotels/:hotelId',
    { schema: { tags, summary: 'Remove a hotel without rooms (409 hotel_has_rooms)', params: hotelParam, response: { 204: empty } } },
    async (req, reply) => (await svc.removeHotel(req.ctx(), req.params.id, req.params.hotelId), reply.status(204).send(null)),
  );
  app.put(
    '/events/:id/hotels/:hotelId/blocks',
    {
      schema: {
        tags,
        summary: 'Contract rooms of one type for a range of nights at a price with a release date (409 room_block_below_used)',
        params: hotelParam,
        body: blockInput,
        response: { 200: blocksSaved },
      },
    },
    async (req) => svc.putBlocks(req.ctx(), req.params.id, req.params.hotelId, req.body),
  );
  app.post(
    '/events/:id/rooms',
    {
      schema: {
        tags,
        summary: 'A room for one or two guests (409 room_block_full naming the night, guest_already_roomed; 422 sharing rules)',
        params: uuidParam,
        body: roomAssign,
        response: { 201: idOnly },
      },
    },
    async (req, reply) => reply.status(201).send(await rooms.assignRoom(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/rooms/:roomId',
    {
      schema: {
        tags,
        summary: 'Move a room: hotel, type, dates, number or guests',
        params: roomParam,
        body: roomMove,
        response: { 200: idOnly },
      },
    },
    async (req) => rooms.moveRoom(req.ctx(), req.params.id, req.params.roomId, req.body),
  );
  app.delete(
    '/events/:id/rooms/:roomId',
    { schema: { tags, summary: 'Cancel a room (its nights go back to the block)', params: roomParam, response: { 204: empty } } },
    async (req, reply) => (await rooms.cancelRoom(req.ctx(), req.params.id, req.params.roomId), reply.status(204).send(null)),
  );
  app.post(
    '/events/:id/rooming/auto',
    {
      schema: {
        tags,
        summary: 'Room every unroomed registered guest needing a hotel by the rules (one transaction)',
        params: uuidParam,
        response: { 200: autoResult },
      },
    },
    async (req) => rooms.autoAssign(req.ctx(), req.params.id),
  );
  app.get(
    '/events/:id/hotels/:hotelId/plan',
    {
      schema: {
        tags,
        summary: 'The accommodation plan (宾客入住计划) of a hotel; ?format=xlsx for the workbook',
        params: hotelParam,
        querystring: z.object({ format: z.enum(['json', 'xlsx']).optional() }),
        response: { 200: planSchema },
      },
    },
    async (req, reply) =>
      req.query.format === 'xlsx'
        ? sendXlsx(reply, await plan.planXlsx(req.ctx(), req.params.id, req.params.hotelId), 'rooming.xlsx')
        : plan.accommodationPlan(req.ctx(), req.params.id, req.params.hotelId).then(({ e: _e, ...p }) => p),
  );
  app.post(
    '/events/:id/hotels/:hotelId/send-list',
    {
      schema: {
        tags,
        summary: 'E-mail the check-in list to the hotel (422 hotel_no_email)',
        params: hotelParam,
        response: { 200: sendListResult },
      },
    },
    async (req) => plan.sendList(req.ctx(), req.params.id, req.params.hotelId),
  );
}
