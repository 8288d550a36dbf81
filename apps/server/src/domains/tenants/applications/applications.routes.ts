import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  APPLICATION_ACTIONS,
  applicationChecklist,
  applicationCreate,
  applicationDecision,
  applicationPostponement,
  applicationViolation,
  applicationsQuery,
  tenantApplication,
  tenantApplicationPage,
  uuid,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { applicationReader } from './applications.live.ts';
import * as svc from './applications.service.ts';

const tags = ['tenants'];

/** Move-in, move-out and fit-out applications (T1): list, file, the verbs of the state machine, violations, postponements, the hand-over checklist. */
export function applicationsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('tenant_application', applicationReader);
  const app = typed(fastify);
  app.get(
    '/tenant-applications',
    {
      schema: {
        tags,
        summary: "Applications, newest first (a tenant: their own company's only)",
        querystring: applicationsQuery,
        response: { 200: tenantApplicationPage },
      },
    },
    async (req) => svc.listApplications(req.ctx(), req.query),
  );
  app.post(
    '/tenant-applications',
    {
      schema: {
        tags,
        summary: 'File an application (staff for a company; a tenant for their own; 422 application_dates, application_unit)',
        body: applicationCreate,
        response: { 201: tenantApplication },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createApplication(req.ctx(), req.body)),
  );
  app.get('/tenant-applications/:id', { schema: { tags, params: uuidParam, response: { 200: tenantApplication } } }, async (req) =>
    svc.getApplication(req.ctx(), req.params.id),
  );
  app.post(
    '/tenant-applications/:id/:action',
    {
      schema: {
        tags,
        summary: 'approve | reject | start | finish | accept | fail (409 application_state when the state does not allow it)',
        params: z.object({ id: uuid, action: z.enum(APPLICATION_ACTIONS) }),
        body: applicationDecision,
        response: { 200: tenantApplication },
      },
    },
    async (req) => svc.act(req.ctx(), req.params.id, req.params.action, req.body),
  );
  app.post(
    '/tenant-applications/:id/violations',
    {
      schema: {
        tags,
        summary: 'Record a violation (date, text, photo optional)',
        params: uuidParam,
        body: applicationViolation,
        response: { 201: tenantApplication },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addViolation(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/tenant-applications/:id/postponements',
    {
      schema: {
        tags,
        summary: 'Postpone the end (422 application_dates unless later than the current end)',
        params: uuidParam,
        body: applicationPostponement,
        response: { 201: tenantApplication },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addPostponement(req.ctx(), req.params.id, req.body)),
  );
  app.put(
    '/tenant-applications/:id/checklist',
    {
      schema: {
        tags,
        summary: 'Record items of the premises hand-over (收楼) checklist (move-in / move-out only)',
        params: uuidParam,
        body: applicationChecklist,
        response: { 200: tenantApplication },
      },
    },
    async (req) => svc.saveChecklist(req.ctx(), req.params.id, req.body),
  );
}
