import type { FastifyInstance } from 'fastify';
import { eventCreate, eventDetail, eventList, eventListQuery, eventPatch } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './event.service.ts';

const tags = ['events'];

/** Large events (M13): the list, a new event with its default groups, the event, its edits and status steps. */
export function eventRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events',
    { schema: { tags, summary: 'Events the actor may read, latest first', querystring: eventListQuery, response: { 200: eventList } } },
    async (req) => svc.listEvents(req.ctx(), req.query),
  );
  app.post(
    '/events',
    {
      schema: {
        tags,
        summary:
          'A new event with the 文秘信息组, 后勤保障组 and 车辆运输组 and their duties (422 event_dates_reversed, event_owner_not_lead)',
        body: eventCreate,
        response: { 201: eventDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createEvent(req.ctx(), req.body)),
  );
  app.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'An event with its team and what the actor may do (404 when not readable)',
        params: uuidParam,
        response: { 200: eventDetail },
      },
    },
    async (req) => svc.getEvent(req.ctx(), req.params.id),
  );
  app.patch(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'Edit the event or move its status (409 conflict on a stale version, event_status_step, event_closed)',
        params: uuidParam,
        body: eventPatch,
        response: { 200: eventDetail },
      },
    },
    async (req) => svc.patchEvent(req.ctx(), req.params.id, req.body),
  );
}
