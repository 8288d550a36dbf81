import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './deadlines.service.ts';
import * as s from './deadlines.schema.ts';
import { caseDetail } from '@hy/contracts';

const tags = ['cases'];

/** Deadlines (S4): waiting for the customer, resuming, extending the resolve deadline. */
export function deadlinesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/cases/:id/pause',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Wait for the customer (the resolve timer stops)',
        params: uuidParam,
        body: s.reasonBody,
      },
    },
    async (req) => svc.pause(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/cases/:id/resume',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Resume after waiting for the customer',
        params: uuidParam,
        body: s.noteBody,
      },
    },
    async (req) => svc.resume(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/cases/:id/extend',
    {
      schema: {
        tags,
        response: { 200: caseDetail },
        summary: 'Extend the resolve deadline (approver by severity; apology first)',
        params: uuidParam,
        body: s.extendBody,
      },
    },
    async (req) => svc.extend(req.ctx(), req.params.id, req.body),
  );
}
