import type { FastifyInstance } from 'fastify';
import {
  finding,
  findingCloseBody,
  findingFixBody,
  findingPage,
  findingQuery,
  findingReinspectBody,
  findingRepairBody,
  findingVerifyBody,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { findingReader } from './findings.live.ts';
import * as svc from './findings.service.ts';

const tags = ['inspections'];

/** Findings: cleaning/greenery/pest to housekeeping with re-inspection; repair to a case and a work order. */
export function findingsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('inspection_finding', findingReader);
  const app = typed(fastify);
  app.get(
    '/inspection-findings',
    {
      schema: {
        tags,
        summary: 'Findings, newest first (state=active for the open ones; by route, category, round, days)',
        querystring: findingQuery,
        response: { 200: findingPage },
      },
    },
    async (req) => svc.listFindings(req.ctx(), req.query),
  );
  app.get('/inspection-findings/:id', { schema: { tags, params: uuidParam, response: { 200: finding } } }, async (req) =>
    svc.getFinding(req.ctx(), req.params.id),
  );
  app.post(
    '/inspection-findings/:id/fix',
    {
      schema: {
        tags,
        summary: 'Housekeeping fixed it (note + photos; 422 finding_not_housekeeping, 409 finding_state)',
        params: uuidParam,
        body: findingFixBody,
        response: { 200: finding },
      },
    },
    async (req) => svc.fix(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/inspection-findings/:id/reinspect',
    {
      schema: {
        tags,
        summary: 'Re-inspection: pass closes, fail sends back (409 finding_state before a fix)',
        params: uuidParam,
        body: findingReinspectBody,
        response: { 200: finding },
      },
    },
    async (req) => svc.reinspect(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/inspection-findings/:id/repair',
    {
      schema: {
        tags,
        summary: 'Open the repair case and its work order (409 finding_case_exists; 422 finding_not_repairable)',
        params: uuidParam,
        body: findingRepairBody,
        response: { 200: finding },
      },
    },
    async (req) => svc.repair(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/inspection-findings/:id/verify',
    {
      schema: {
        tags,
        summary: 'The inspector verifies the finished repair and signs (422 finding_work_not_done)',
        params: uuidParam,
        body: findingVerifyBody,
        response: { 200: finding },
      },
    },
    async (req) => svc.verify(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/inspection-findings/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a finding that goes nowhere (422 finding_reinspection_required for housekeeping ones)',
        params: uuidParam,
        body: findingCloseBody,
        response: { 200: finding },
      },
    },
    async (req) => svc.close(req.ctx(), req.params.id, req.body),
  );
}
