import type { FastifyInstance } from 'fastify';
import { directoryEntry, directoryPage, file } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './directory.service.ts';
import * as s from './directory.schema.ts';

const tags = ['front-desk'];

/** The directory (F2): search, one entry, keep (create, change, archive, restore), export (audited). */
export function directoryRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/front-desk/directory',
    {
      schema: {
        tags,
        summary: 'Search the directory by name, unit, company, pinyin initials or phone',
        querystring: s.directoryQuery,
        response: { 200: directoryPage },
      },
    },
    async (req) => svc.listDirectory(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/directory/export',
    { schema: { tags, summary: 'The directory as .xlsx (audited)', querystring: s.directoryExportQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await svc.exportDirectory(req.ctx(), req.query), 'directory.xlsx'),
  );
  app.get('/front-desk/directory/:id', { schema: { tags, params: uuidParam, response: { 200: directoryEntry } } }, async (req) =>
    svc.getEntry(req.ctx(), req.params.id),
  );
  app.post('/front-desk/directory', { schema: { tags, body: s.directoryCreate, response: { 201: directoryEntry } } }, async (req, reply) =>
    reply.status(201).send(await svc.createEntry(req.ctx(), req.body)),
  );
  app.patch(
    '/front-desk/directory/:id',
    { schema: { tags, params: uuidParam, body: s.directoryPatch, response: { 200: directoryEntry } } },
    async (req) => svc.updateEntry(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/front-desk/directory/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive an entry (kept for the records that name it)',
        params: uuidParam,
        response: { 200: directoryEntry },
      },
    },
    async (req) => svc.archiveEntry(req.ctx(), req.params.id),
  );
  app.post('/front-desk/directory/:id/restore', { schema: { tags, params: uuidParam, response: { 200: directoryEntry } } }, async (req) =>
    svc.restoreEntry(req.ctx(), req.params.id),
  );
}
