import type { FastifyInstance } from 'fastify';
import {
  file,
  greetingOccasions,
  greetingPlan,
  tenantVisit,
  tenantVisitPage,
  visitRegister,
  visitStaff,
  visitsByTenant,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as greetings from './visits.greetings.ts';
import { exportRegister } from './visits.sheets.ts';
import * as svc from './visits.service.ts';
import * as s from './visits.schema.ts';

const tags = ['tenants'];

/** Tenant visits (T3): plan, record, cancel; issues opened as cases; the register; visits per company; holiday greetings. */
export function visitsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/tenant-visits',
    {
      schema: {
        tags,
        summary: 'Visits, latest planned first (by state, company)',
        querystring: s.visitQuery,
        response: { 200: tenantVisitPage },
      },
    },
    async (req) => svc.listVisits(req.ctx(), req.query),
  );
  app.get(
    '/tenant-visits/staff',
    { schema: { tags, summary: 'Staff who may be named as visitors', querystring: s.propertyQuery, response: { 200: visitStaff } } },
    async (req) => svc.visitStaff(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/tenant-visits/register',
    {
      schema: {
        tags,
        summary: 'The visit register (住户访问统计表) of a period: visits done, oldest first (422 visit_register_range)',
        querystring: s.visitRegisterQuery,
        response: { 200: visitRegister },
      },
    },
    async (req) => {
      const r = await svc.register(req.ctx(), req.query);
      return { from: r.from, to: r.to, data: r.data };
    },
  );
  app.get(
    '/tenant-visits/register/export',
    {
      schema: {
        tags,
        summary: 'The visit register of a period as .xlsx (audited)',
        querystring: s.visitRegisterQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportRegister(req.ctx(), req.query), 'tenant-visits.xlsx'),
  );
  app.get(
    '/tenant-visits/by-tenant',
    {
      schema: {
        tags,
        summary: 'Visits per tenant company in a year, with the last visit (every company; least visited first)',
        querystring: s.yearQuery,
        response: { 200: visitsByTenant },
      },
    },
    async (req) => svc.byTenant(req.ctx(), req.query),
  );
  app.get('/tenant-visits/:id', { schema: { tags, params: uuidParam, response: { 200: tenantVisit } } }, async (req) =>
    svc.getVisit(req.ctx(), req.params.id),
  );
  app.post(
    '/tenant-visits',
    {
      schema: {
        tags,
        summary: 'Plan a visit (422 visit_in_past, visit_unit_not_of_tenant, visit_visitor_not_allowed)',
        body: s.visitCreate,
        response: { 201: tenantVisit },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.planVisit(req.ctx(), req.body)),
  );
  app.post(
    '/tenant-visits/:id/record',
    {
      schema: {
        tags,
        summary: 'Record the visit: met whom, opinions, satisfaction, issues raised (409 visit_not_planned)',
        params: uuidParam,
        body: s.visitRecord,
        response: { 200: tenantVisit },
      },
    },
    async (req) => svc.recordVisit(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/tenant-visits/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a planned visit (409 visit_not_planned)',
        params: uuidParam,
        body: s.visitCancel,
        response: { 200: tenantVisit },
      },
    },
    async (req) => svc.cancelVisit(req.ctx(), req.params.id, req.body.reason),
  );
  app.post(
    '/tenant-visits/:id/issues/:issueId/case',
    {
      schema: {
        tags,
        summary: 'Open an issue raised in the visit as a case, linked both ways (409 visit_issue_case_exists; 422 visit_not_done)',
        params: s.issueParams,
        body: s.visitIssueCase,
        response: { 201: tenantVisit },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.openIssueCase(req.ctx(), req.params.id, req.params.issueId, req.body.kind)),
  );

  app.get(
    '/tenant-greetings/occasions',
    {
      schema: {
        tags,
        summary: "The year's greeting occasions from the work calendar, each with its plan if made",
        querystring: s.yearQuery,
        response: { 200: greetingOccasions },
      },
    },
    async (req) => greetings.occasions(req.ctx(), req.query),
  );
  app.get('/tenant-greetings/:id', { schema: { tags, params: uuidParam, response: { 200: greetingPlan } } }, async (req) =>
    greetings.getPlan(req.ctx(), req.params.id),
  );
  app.post(
    '/tenant-greetings',
    {
      schema: {
        tags,
        summary: 'Make the greeting plan of an occasion: a line per tenant company (409 greeting_plan_exists)',
        body: s.greetingCreate,
        response: { 201: greetingPlan },
      },
    },
    async (req, reply) => reply.status(201).send(await greetings.createPlan(req.ctx(), req.body)),
  );
  app.patch(
    '/tenant-greetings/:id/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Change who gives what on a line (409 greeting_item_done)',
        params: s.itemParams,
        body: s.greetingItemUpdate,
        response: { 200: greetingPlan },
      },
    },
    async (req) => greetings.updateItem(req.ctx(), req.params.id, req.params.itemId, req.body),
  );
  app.post(
    '/tenant-greetings/:id/items/:itemId/done',
    { schema: { tags, summary: 'Tick a line done (409 greeting_item_done)', params: s.itemParams, response: { 200: greetingPlan } } },
    async (req) => greetings.tickItem(req.ctx(), req.params.id, req.params.itemId),
  );
}
