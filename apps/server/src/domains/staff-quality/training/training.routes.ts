import type { FastifyInstance } from 'fastify';
import {
  propertyIdQuery,
  qualityStaff,
  trainedStaff,
  trainingAttendanceBody,
  trainingCreate,
  trainingMonthQuery,
  trainingSession,
  trainingSessionList,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './training.service.ts';

const tags = ['staff-quality'];

/** The monthly training plan (T7): sessions, attendance and results; who was trained; the property's staff. */
export function trainingRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/quality/staff',
    {
      schema: {
        tags,
        summary: "The property's staff (attendance, evaluations)",
        querystring: propertyIdQuery,
        response: { 200: qualityStaff },
      },
    },
    async (req) => svc.listStaff(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/quality/training-sessions',
    {
      schema: {
        tags,
        summary: "A month's training sessions with attendance",
        querystring: trainingMonthQuery,
        response: { 200: trainingSessionList },
      },
    },
    async (req) => svc.listMonth(req.ctx(), req.query.propertyId, req.query.month),
  );
  app.get(
    '/quality/training-sessions/trained',
    {
      schema: {
        tags,
        summary: 'Staff trained in a month (sessions attended, missed, passed)',
        querystring: trainingMonthQuery,
        response: { 200: trainedStaff },
      },
    },
    async (req) => svc.trained(req.ctx(), req.query.propertyId, req.query.month),
  );
  app.get('/quality/training-sessions/:id', { schema: { tags, params: uuidParam, response: { 200: trainingSession } } }, async (req) =>
    svc.getSession(req.ctx(), req.params.id),
  );
  app.post(
    '/quality/training-sessions',
    { schema: { tags, summary: 'Plan a training session', body: trainingCreate, response: { 201: trainingSession } } },
    async (req, reply) => reply.status(201).send(await svc.plan(req.ctx(), req.body)),
  );
  app.put(
    '/quality/training-sessions/:id/attendance',
    {
      schema: {
        tags,
        summary:
          'Record attendance and results (422 training_absence_reason, training_not_held, training_not_staff, training_result_absent)',
        params: uuidParam,
        body: trainingAttendanceBody,
        response: { 200: trainingSession },
      },
    },
    async (req) => svc.recordAttendance(req.ctx(), req.params.id, req.body),
  );
}
