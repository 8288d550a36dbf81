import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/auth.ts';
import type { Ctx } from '../../../lib/context.ts';
import * as svc from './case.service.ts';
import * as s from '../intake/intake.schema.ts';
import { casesMoreRoutes } from '../supervision/supervision.routes.ts';
import { casesDispatchRoutes } from '../dispatch/dispatch.routes.ts';
import { caseReader } from './case.live.ts';

const tags = ['cases'];

/** Service desk: cases (报修/投诉), work orders (派工单), callbacks (回访), consultations. */
export async function casesRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('case', caseReader);
  const app = typed(fastify);
  app.addHook('preHandler', requireAuth);

  app.post('/cases', { schema: { tags, summary: 'Open a case (立项): staff on any channel, a tenant on the portal', body: s.createCaseBody } },
    async (req, reply) => reply.status(201).send(await svc.createCase(req.ctx(), req.body)));
  app.get('/cases/contact-lookup', { schema: { tags, summary: 'Units, organizations and users matching a phone number', querystring: s.contactLookupQuery } },
    async (req) => svc.contactLookup(req.ctx(), req.query));
  app.get('/cases', { schema: { tags, summary: 'Cases you may see (tenants: their own)', querystring: s.listCasesQuery } },
    async (req) => svc.listCases(req.ctx(), req.query));
  app.get('/cases/pinned', { schema: { tags, summary: "Emergencies not signed off yet (pinned on the case list), any status, newest first", querystring: s.pinnedQuery } },
    async (req) => svc.pinnedCases(req.ctx(), req.query));
  app.get('/cases/:id', { schema: { tags, summary: 'A case with its timeline, work orders, callbacks and policies', params: uuidParam } },
    async (req) => svc.getCase(req.ctx(), req.params.id));

  const step = <B extends keyof typeof bodies>(path: string, body: B, summary: string, fn: (ctx: Ctx, id: string, b: never) => Promise<unknown>) =>
    app.post(`/cases/:id/${path}`, { schema: { tags, summary, params: uuidParam, body: bodies[body] } }, async (req) => fn(req.ctx(), req.params.id, req.body as never));
  step('classify', 'classify', 'Classify or reclassify (recomputes the deadlines)', svc.classify);
  step('follow-ups', 'followUp', 'Add a follow-up, note or the apology to the timeline', svc.followUp);
  step('dispatch', 'dispatch', 'Dispatch to a handler', svc.dispatch);
  step('pause', 'reason', 'Wait for the customer (the resolve timer stops)', svc.pause);
  step('resume', 'note', 'Resume after waiting for the customer', svc.resume);
  step('resolve', 'resolve', 'Record the resolution (non-repair cases)', svc.resolve);
  step('extend', 'extend', 'Extend the resolve deadline (approver by severity; apology first)', svc.extend);
  step('close', 'close', 'Close the case (销项) when S8 allows', svc.close);
  step('emergency-sign-off', 'emergencySignOff', 'A manager signs off an emergency (紧急事件签认); it leaves the pinned list', svc.signOffEmergency);
  app.post('/cases/:id/callbacks', { schema: { tags, summary: 'Record a callback (回访); dissatisfaction reopens the case', params: uuidParam, body: s.callbackBody } },
    async (req, reply) => reply.status(201).send(await svc.addCallback(req.ctx(), req.params.id, req.body)));
  app.post('/cases/:id/work-orders', { schema: { tags, summary: 'Issue a work order (工程维修派工单, unbroken numbers)', params: uuidParam, body: s.issueWorkOrderBody } },
    async (req, reply) => reply.status(201).send(await svc.issueWorkOrder(req.ctx(), req.params.id, req.body)));

  app.get('/work-orders', { schema: { tags, summary: 'Work orders (assignee=me for an engineer\'s list)', querystring: s.listWorkOrdersQuery } },
    async (req) => svc.listWorkOrders(req.ctx(), req.query));
  app.get('/work-orders/gap-report', { schema: { tags, summary: 'Proves no work-order number of the year is missing; voided ones with reasons', querystring: s.gapReportQuery } },
    async (req) => svc.gapReport(req.ctx(), req.query));
  app.get('/work-orders/:id', { schema: { tags, params: uuidParam } }, async (req) => svc.getWorkOrder(req.ctx(), req.params.id));
  const wo = <B extends keyof typeof bodies>(path: string, body: B | null, summary: string, fn: (ctx: Ctx, id: string, b: never) => Promise<unknown>) =>
    app.post(`/work-orders/:id/${path}`, { schema: { tags, summary, params: uuidParam, ...(body ? { body: bodies[body] } : {}) } }, async (req) => fn(req.ctx(), req.params.id, req.body as never));
  wo('accept', null, 'The engineer takes the work order', svc.acceptWorkOrder);
  wo('arrive', null, 'On site', svc.arriveWorkOrder);
  wo('complete', 'complete', 'Work done and materials', svc.completeWorkOrder);
  wo('sign', 'sign', 'Customer signature: the tenant on the portal, or staff record the paper one', svc.signWorkOrder);
  wo('return', null, 'The signed work order came back to customer service', svc.returnWorkOrder);
  wo('void', 'void', 'Void (reason required; the number is kept)', svc.voidWorkOrder);

  app.post('/consultations', { schema: { tags, summary: 'Log an explained question that opens no case', body: s.consultationBody } },
    async (req, reply) => reply.status(201).send(await svc.createConsultation(req.ctx(), req.body)));
  app.get('/consultations', { schema: { tags, querystring: s.listConsultationsQuery } }, async (req) => svc.listConsultations(req.ctx(), req.query));

  casesMoreRoutes(fastify);
  casesDispatchRoutes(fastify);
}

const bodies = {
  classify: s.classifyBody, followUp: s.followUpBody, dispatch: s.dispatchBody, reason: s.reasonBody, note: s.noteBody, resolve: s.resolveBody,
  extend: s.extendBody, close: s.closeBody, emergencySignOff: s.emergencySignOffBody, complete: s.completeBody, sign: s.signBody, void: s.voidBody,
};
