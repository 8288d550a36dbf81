import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as staffing from './staffing.service.ts';
import * as s from './staffing.schema.ts';
import {
  assignmentCreated,
  assignmentRemoved,
  rosterGenerated,
  shiftList,
  staffList,
  staffProfile,
  staffShift,
  taskAssignmentList,
} from '@hy/contracts';

/** Staff records, rosters and shifts, assignments to tasks (M6, M12 授权上岗). Mounted by the meetings domain's index. */
export function staffingRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.get(
    '/staff',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Staff of a property with roles and staff records',
        querystring: s.propertyQuery,
        response: { 200: staffList },
      },
    },
    async (req) => staffing.listStaff(req.ctx(), req.query.propertyId),
  );
  app.put(
    '/staff/:userId/profile',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Training, background check (无犯罪记录证明), 授权上岗',
        params: s.userParam,
        body: s.profileBody,
        response: { 200: staffProfile },
      },
    },
    async (req) => {
      const { propertyId, ...body } = req.body;
      return staffing.putProfile(req.ctx(), propertyId, req.params.userId, body);
    },
  );
  app.post(
    '/staff-rosters/generate',
    {
      ...opts,
      schema: {
        tags,
        summary: "Shifts on working days at the seed-000 hours of each person's role",
        body: s.rosterBody,
        response: { 200: rosterGenerated },
      },
    },
    async (req) => staffing.generateRoster(req.ctx(), req.body),
  );
  app.post(
    '/staff-shifts',
    {
      ...opts,
      schema: { tags, summary: 'One shift (overtime on rest days and holidays)', body: s.shiftBody, response: { 201: staffShift } },
    },
    async (req, reply) => reply.status(201).send(await staffing.addShift(req.ctx(), req.body)),
  );
  app.get('/staff-shifts', { ...opts, schema: { tags, querystring: s.shiftQuery, response: { 200: shiftList } } }, async (req) =>
    staffing.listShifts(req.ctx(), req.query),
  );
  app.get(
    '/service-notices/:id/assignments',
    { ...opts, schema: { tags, params: uuidParam, response: { 200: taskAssignmentList } } },
    async (req) => staffing.assignmentsOf(req.ctx(), req.params.id),
  );
  app.post(
    '/tasks/:id/assignments',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Assign a person (warnings: double_assignment, outside_shift, overtime)',
        params: uuidParam,
        body: s.assignBody,
        response: { 201: assignmentCreated },
      },
    },
    async (req, reply) => reply.status(201).send(await staffing.assign(req.ctx(), req.params.id, req.body.userId)),
  );
  app.delete(
    '/tasks/:id/assignments/:userId',
    { ...opts, schema: { tags, params: s.assignmentParams, response: { 200: assignmentRemoved } } },
    async (req) => staffing.unassign(req.ctx(), req.params.id, req.params.userId),
  );
}
