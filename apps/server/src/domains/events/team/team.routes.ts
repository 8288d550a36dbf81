import type { FastifyInstance } from 'fastify';
import {
  staffOptions as staffOptionsSchema,
  briefCreate,
  briefList,
  dutyToggle,
  eventBrief,
  eventDetail,
  eventGroupParams,
  groupCreate,
  groupDutyParams,
  groupPatch,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './team.service.ts';

const tags = ['events'];

/** The 会务组: groups, members, duties, and the briefs one group passes to the others. */
export function teamRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/events/:id/groups',
    {
      schema: {
        tags,
        summary: 'Add a group (409 event_group_exists; 422 event_member_unknown)',
        params: uuidParam,
        body: groupCreate,
        response: { 201: eventDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createGroup(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/groups/:groupId',
    {
      schema: {
        tags,
        summary: 'Rename a group, set its leader and members, add or remove duties',
        params: eventGroupParams,
        body: groupPatch,
        response: { 200: eventDetail },
      },
    },
    async (req) => svc.patchGroup(req.ctx(), req.params.id, req.params.groupId, req.body),
  );
  app.delete(
    '/events/:id/groups/:groupId',
    {
      schema: {
        tags,
        summary: 'Remove a group (409 event_group_not_empty while a brief to it is open)',
        params: eventGroupParams,
        response: { 200: eventDetail },
      },
    },
    async (req) => svc.deleteGroup(req.ctx(), req.params.id, req.params.groupId),
  );
  app.post(
    '/events/:id/groups/:groupId/duties/:dutyId',
    {
      schema: {
        tags,
        summary: 'Tick a duty done, or take the tick back (members of the group, managers)',
        params: groupDutyParams,
        body: dutyToggle,
        response: { 200: eventDetail },
      },
    },
    async (req) => svc.toggleDuty(req.ctx(), req.params.id, req.params.groupId, req.params.dutyId, req.body.done),
  );
  app.get(
    '/events/:id/staff-options',
    { schema: { tags, summary: 'The staff a manager can put on the groups', params: uuidParam, response: { 200: staffOptionsSchema } } },
    async (req) => svc.staffOptions(req.ctx(), req.params.id),
  );
  app.get(
    '/events/:id/briefs',
    { schema: { tags, summary: 'Briefs passed between the groups, latest first', params: uuidParam, response: { 200: briefList } } },
    async (req) => svc.listBriefs(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/briefs',
    {
      schema: {
        tags,
        summary: 'Pass information to other groups: a duty on their lists and a notification to their people (422 event_brief_same_group)',
        params: uuidParam,
        body: briefCreate,
        response: { 201: eventBrief },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createBrief(req.ctx(), req.params.id, req.body)),
  );
}
