import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/auth.ts';
import * as svc from './notices.service.ts';
import { meetingsMoreRoutes } from '../fees/fees.routes.ts';
import {
  boardQuery, checkBody, checkParams, completeBody, departmentBody, incidentBody, noticeCreate, noticeQuery, propertyBody, resolveBody, sheetParams,
  templateCreate, templatePatch, templateQuery,
} from './notices.schema.ts';
import { incidentReader, noticeReader, taskReader } from '../meeting/meeting.live.ts';

const tags = ['meetings'];

export async function meetingsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('notice', noticeReader);
  fastify.hub.registerReader('task', taskReader);
  fastify.hub.registerReader('incident', incidentReader);
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.get('/task-templates', { ...opts, schema: { tags, summary: 'Task templates of a property (per department, venue type and class)', querystring: templateQuery } }, async (req) =>
    svc.listTemplates(req.ctx(), req.query));
  app.post('/task-templates', { ...opts, schema: { tags, body: templateCreate } }, async (req, reply) => reply.status(201).send(await svc.createTemplate(req.ctx(), req.body as never)));
  app.patch('/task-templates/:id', { ...opts, schema: { tags, params: uuidParam, body: templatePatch } }, async (req) => svc.updateTemplate(req.ctx(), req.params.id, req.body as never));
  app.post('/task-templates/load-defaults', { ...opts, schema: { tags, summary: 'Add the seed-004 default templates the property lacks', body: propertyBody } }, async (req) =>
    svc.loadDefaults(req.ctx(), req.body.propertyId));

  app.post('/service-notices', {
    ...opts, schema: { tags, summary: 'Issue (or bring up to date) the service notice of a confirmed booking; 201 when created', body: noticeCreate },
  }, async (req, reply) => {
    const out = await svc.issueForBooking(req.ctx(), req.body.bookingId);
    return reply.status(out.created ? 201 : 200).send(out.notice);
  });
  app.get('/service-notices', { ...opts, schema: { tags, summary: 'Notices of meetings overlapping [from, to) (default today and tomorrow)', querystring: noticeQuery } }, async (req) =>
    svc.listNotices(req.ctx(), req.query));
  app.get('/service-notices/:id', { ...opts, schema: { tags, summary: 'A notice with its tasks, readiness per department, checks, incidents and policies', params: uuidParam } }, async (req) =>
    svc.getNotice(req.ctx(), req.params.id));
  app.get('/service-notices/:id/print', { ...opts, schema: { tags, summary: 'Printable 《会议服务通知单》 with every department sheet', params: uuidParam } }, async (req) =>
    svc.printable(req.ctx(), req.params.id));
  app.get('/service-notices/:id/sheets/:department', { ...opts, schema: { tags, summary: "One department's printable task sheet", params: sheetParams } }, async (req) =>
    svc.printable(req.ctx(), req.params.id, req.params.department));
  app.post('/service-notices/:id/readiness', { ...opts, schema: { tags, summary: 'A department reports ready (all its tasks before the start done)', params: uuidParam, body: departmentBody } }, async (req) =>
    svc.reportReady(req.ctx(), req.params.id, req.body.department));
  app.post('/service-notices/:id/verify', { ...opts, schema: { tags, summary: "The service center verifies a department's readiness", params: uuidParam, body: departmentBody } }, async (req) =>
    svc.verifyReady(req.ctx(), req.params.id, req.body.department));
  app.post('/service-notices/:id/checks/:level', { ...opts, schema: { tags, summary: 'Record a level of the three-level check (M5)', params: checkParams, body: checkBody } }, async (req) =>
    svc.recordCheck(req.ctx(), req.params.id, req.params.level, req.body));
  app.post('/service-notices/:id/start', { ...opts, schema: { tags, params: uuidParam } }, async (req) => svc.startOrEnd(req.ctx(), req.params.id, 'start'));
  app.post('/service-notices/:id/end', { ...opts, schema: { tags, params: uuidParam } }, async (req) => svc.startOrEnd(req.ctx(), req.params.id, 'end'));
  app.post('/service-notices/:id/incidents', { ...opts, schema: { tags, summary: 'Report an incident during the meeting; serious ones are escalated', params: uuidParam, body: incidentBody } }, async (req, reply) =>
    reply.status(201).send(await svc.reportIncident(req.ctx(), req.params.id, req.body)));
  app.post('/meeting-incidents/:id/resolve', { ...opts, schema: { tags, params: uuidParam, body: resolveBody } }, async (req) =>
    svc.resolveIncident(req.ctx(), req.params.id, req.body));

  app.get('/tasks', { ...opts, schema: { tags, summary: 'Department board: tasks due in [from, to) (default today and tomorrow), in due order', querystring: boardQuery } }, async (req) =>
    svc.departmentBoard(req.ctx(), req.query));
  app.post('/tasks/:id/complete', { ...opts, schema: { tags, summary: "Complete a task (only its department's staff; twice → 409)", params: uuidParam, body: completeBody } }, async (req) =>
    svc.completeTask(req.ctx(), req.params.id, req.body));

  meetingsMoreRoutes(fastify);
}
