import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as templates from './templates.service.ts';
import * as svc from './tasks.service.ts';
import { boardQuery, completeBody, departmentBody, propertyBody, templateCreate, templatePatch, templateQuery } from './tasks.schema.ts';
import { boardResponse, meetingTask, noticeDetail, taskTemplate, taskTemplateList, taskTemplatesLoaded } from '@hy/contracts';

/** Task templates, department boards, completing tasks, readiness and its verification (M4, M5). Mounted by the meetings domain's index. */
export function tasksRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  app.get(
    '/task-templates',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Task templates of a property (per department, venue type and class)',
        querystring: templateQuery,
        response: { 200: taskTemplateList },
      },
    },
    async (req) => templates.listTemplates(req.ctx(), req.query),
  );
  app.post('/task-templates', { ...opts, schema: { tags, body: templateCreate, response: { 201: taskTemplate } } }, async (req, reply) =>
    reply.status(201).send(await templates.createTemplate(req.ctx(), req.body as never)),
  );
  app.patch(
    '/task-templates/:id',
    { ...opts, schema: { tags, params: uuidParam, body: templatePatch, response: { 200: taskTemplate } } },
    async (req) => templates.updateTemplate(req.ctx(), req.params.id, req.body as never),
  );
  app.post(
    '/task-templates/load-defaults',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Add the seed-004 default templates the property lacks',
        body: propertyBody,
        response: { 200: taskTemplatesLoaded },
      },
    },
    async (req) => templates.loadDefaults(req.ctx(), req.body.propertyId),
  );

  app.post(
    '/service-notices/:id/readiness',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A department reports ready (all its tasks before the start done)',
        params: uuidParam,
        body: departmentBody,
        response: { 200: noticeDetail },
      },
    },
    async (req) => svc.reportReady(req.ctx(), req.params.id, req.body.department),
  );
  app.post(
    '/service-notices/:id/verify',
    {
      ...opts,
      schema: {
        tags,
        summary: "The service center verifies a department's readiness",
        params: uuidParam,
        body: departmentBody,
        response: { 200: noticeDetail },
      },
    },
    async (req) => svc.verifyReady(req.ctx(), req.params.id, req.body.department),
  );

  app.get(
    '/tasks',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Department board: tasks due in [from, to) (default today and tomorrow), in due order',
        querystring: boardQuery,
        response: { 200: boardResponse },
      },
    },
    async (req) => svc.departmentBoard(req.ctx(), req.query),
  );
  app.post(
    '/tasks/:id/complete',
    {
      ...opts,
      schema: {
        tags,
        summary: "Complete a task (only its department's staff; twice → 409)",
        params: uuidParam,
        body: completeBody,
        response: { 200: meetingTask },
      },
    },
    async (req) => svc.completeTask(req.ctx(), req.params.id, req.body),
  );
}
