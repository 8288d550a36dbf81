import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import * as svc from './archive.service.ts';
import * as s from './archive.schema.ts';
import { caseArchiveRun, caseRetentionSettings, caseSearchPage } from '@hy/contracts';

const tags = ['cases'];

/** Retention, archive and search (S11): nothing is deleted; the archive stays searchable. */
export function archiveRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/cases/settings/retention',
    { schema: { tags, response: { 200: caseRetentionSettings }, querystring: s.propertyQuery } },
    async (req) => svc.getRetention(req.ctx(), req.query),
  );
  app.post(
    '/cases/archive-run',
    {
      schema: { tags, response: { 200: caseArchiveRun }, summary: 'Archive closed cases past retention now (admin)', body: s.archiveBody },
    },
    async (req) => svc.archiveRun(req.ctx(), req.body ?? {}),
  );
  app.get(
    '/cases/search',
    {
      schema: {
        tags,
        response: { 200: caseSearchPage },
        summary: 'Search by number, unit, person, text and time; includeArchived=true for the archive',
        querystring: s.searchQuery,
      },
    },
    async (req) => svc.searchCases(req.ctx(), req.query),
  );
}
