import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documentCreate, documentList, documentVersionCreate, eventDocument, eventDocumentParams, file } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './documents.service.ts';

const tags = ['events'];

/** The event's documents: versioned files with who may see them; downloads through the event's policy. */
export function documentsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/documents',
    {
      schema: {
        tags,
        summary: 'The documents the reader may see, with their versions',
        params: uuidParam,
        response: { 200: documentList },
      },
    },
    async (req) => svc.listDocuments(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/documents',
    {
      schema: {
        tags,
        summary: 'Add a document with its first version (an upload of POST /files)',
        params: uuidParam,
        body: documentCreate,
        response: { 201: eventDocument },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createDocument(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/events/:id/documents/:documentId/versions',
    {
      schema: {
        tags,
        summary: 'Add a version of a document',
        params: eventDocumentParams,
        body: documentVersionCreate,
        response: { 201: eventDocument },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addVersion(req.ctx(), req.params.id, req.params.documentId, req.body)),
  );
  app.get(
    '/events/:id/documents/:documentId/file',
    {
      schema: {
        tags,
        summary: 'Download a version (the latest by default); confidential downloads are audited',
        params: eventDocumentParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: file('application/pdf, image/*') },
      },
    },
    async (req, reply) => {
      const f = await svc.downloadDocument(req.ctx(), req.params.id, req.params.documentId, req.query.version);
      return reply
        .type(f.mediaType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`)
        .send(f.bytes);
    },
  );
}
