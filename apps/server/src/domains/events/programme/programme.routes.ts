import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  eventSessionParams,
  formatQuery,
  mainSessionBody,
  programmeCreate,
  programmeView,
  sessionCancel,
  sessionPatch,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './programme.service.ts';
import { documentsRoutes } from './documents.routes.ts';

const tags = ['events'];

/** The programme routes of large events (M13): sessions booking venues all or nothing, the 日程安排表, documents. */
export function programmeRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/programme',
    {
      schema: {
        tags,
        summary: 'The programme: sessions by day with their venue, booking and service notice (?format=xlsx: 日程安排表)',
        params: uuidParam,
        querystring: z.object(formatQuery),
        response: { 200: programmeView },
      },
    },
    async (req, reply) =>
      req.query.format === 'xlsx'
        ? sendXlsx(reply, await svc.exportProgramme(req.ctx(), req.params.id), 'programme.xlsx')
        : svc.getProgramme(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/programme',
    {
      schema: {
        tags,
        summary:
          'Add sessions; every venue session is booked through the booking rules, all or nothing (409 programme_sessions_clash, programme_session_conflict)',
        params: uuidParam,
        body: programmeCreate,
        response: { 201: programmeView },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createProgramme(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Move or rename a session (its booking moves with it)',
        params: eventSessionParams,
        body: sessionPatch,
        response: { 200: programmeView },
      },
    },
    async (req) => svc.patchSession(req.ctx(), req.params.id, req.params.sessionId, req.body),
  );
  app.post(
    '/events/:id/sessions/:sessionId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a session and its booking',
        params: eventSessionParams,
        body: sessionCancel,
        response: { 200: programmeView },
      },
    },
    async (req) => svc.cancelSession(req.ctx(), req.params.id, req.params.sessionId, req.body.reason),
  );
  app.put(
    '/events/:id/main-session',
    {
      schema: {
        tags,
        summary: 'Choose the main session (null: the first plenary)',
        params: uuidParam,
        body: mainSessionBody,
        response: { 200: programmeView },
      },
    },
    async (req) => svc.chooseMain(req.ctx(), req.params.id, req.body.sessionId),
  );
  documentsRoutes(fastify);
}
