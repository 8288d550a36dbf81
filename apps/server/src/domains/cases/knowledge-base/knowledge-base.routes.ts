import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './knowledge-base.service.ts';
import * as s from './knowledge-base.schema.ts';
import { kbConsultationLink, kbEntry, kbEntryDetail, kbEntryList, kbFaqList, kbLinkList } from '@hy/contracts';

const tags = ['knowledge-base'];

/** Knowledge base (S12): staff edit and search entries, tenants read the FAQ, cases and consultations link the entries they used. */
export function knowledgeBaseRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/kb/search',
    {
      schema: {
        tags,
        response: { 200: kbEntryList },
        summary: 'Standard answers and courtesy phrases while taking a call',
        querystring: s.kbSearchQuery,
      },
    },
    async (req) => svc.searchKb(req.ctx(), req.query),
  );
  app.get(
    '/kb/faq',
    { schema: { tags, response: { 200: kbFaqList }, summary: 'Public FAQ (tenants)', querystring: s.kbFaqQuery } },
    async (req) => svc.faq(req.ctx(), req.query),
  );
  app.post('/kb', { schema: { tags, response: { 201: kbEntry }, body: s.kbCreateBody } }, async (req, reply) =>
    reply.status(201).send(await svc.createKb(req.ctx(), req.body)),
  );
  app.get('/kb/:id', { schema: { tags, response: { 200: kbEntryDetail }, params: uuidParam } }, async (req) =>
    svc.getKb(req.ctx(), req.params.id),
  );
  app.patch('/kb/:id', { schema: { tags, response: { 200: kbEntry }, params: uuidParam, body: s.kbPatchBody } }, async (req) =>
    svc.updateKb(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/kb/:id/archive',
    {
      schema: {
        tags,
        response: { 200: kbEntry },
        summary: 'Retire an entry (never deleted)',
        params: uuidParam,
        body: s.kbPatchBody.pick({ version: true }),
      },
    },
    async (req) => svc.archiveKb(req.ctx(), req.params.id, req.body),
  );
  app.get('/cases/:id/kb-links', { schema: { tags, response: { 200: kbLinkList }, params: uuidParam } }, async (req) =>
    svc.kbOfCase(req.ctx(), req.params.id),
  );
  app.post(
    '/cases/:id/kb-links',
    {
      schema: {
        tags,
        response: { 201: kbLinkList },
        summary: 'Link the knowledge entry used for a case',
        params: uuidParam,
        body: s.kbLinkBody,
      },
    },
    async (req, reply) => reply.status(201).send(await svc.linkCase(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/consultations/:id/kb-links',
    { schema: { tags, response: { 201: kbConsultationLink }, params: uuidParam, body: s.kbLinkBody } },
    async (req, reply) => reply.status(201).send(await svc.linkConsultation(req.ctx(), req.params.id, req.body)),
  );
}
