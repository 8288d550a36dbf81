import type { FastifyInstance, FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import { file as fileAnswer, fileRef, MAX_UPLOAD_BYTES, uploadQuery } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { errors } from '../../../lib/errors.ts';
import * as svc from './storage.service.ts';
import type { FileMeta } from './storage.repository.ts';

const tags = ['files'];

function sendBytes(reply: FastifyReply, f: FileMeta, bytes: Buffer, type: string) {
  return reply
    .type(type)
    .header('cache-control', 'private, max-age=3600')
    .header('etag', `"${f.sha256}"`)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`)
    .send(bytes);
}

/** Uploads (multipart, one file) and the authorised route that serves a file and its thumbnail. */
export async function storageRoutes(fastify: FastifyInstance) {
  await fastify.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, parts: 5 } });
  const app = typed(fastify);
  const reads: svc.RecordReader = (type, id, actor) => fastify.hub.mayRead(type, id, actor);

  app.post(
    '/files',
    {
      schema: {
        tags,
        summary:
          'Upload a photo or document (multipart/form-data, one part named "file"); resized, thumbnailed, owned by you until a record takes it',
        querystring: uploadQuery,
        consumes: ['multipart/form-data'],
        response: { 201: fileRef },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw errors.field('file', 'file part missing', 'required');
      const data = await part.toBuffer();
      return reply.status(201).send(await svc.upload(req.ctx(), req.query, { filename: part.filename, data }));
    },
  );
  app.get(
    '/files/:id',
    {
      schema: {
        tags,
        summary: 'A file, for those who may read the record it belongs to',
        params: uuidParam,
        response: { 200: fileAnswer('image/jpeg, image/png, application/pdf') },
      },
    },
    async (req, reply) => {
      const { file, bytes } = await svc.open(req.ctx(), req.params.id, 'content', reads);
      return sendBytes(reply, file, bytes, file.mediaType);
    },
  );
  app.get(
    '/files/:id/thumbnail',
    { schema: { tags, summary: "A photo's thumbnail (320 px)", params: uuidParam, response: { 200: fileAnswer('image/jpeg') } } },
    async (req, reply) => {
      const { file, bytes } = await svc.open(req.ctx(), req.params.id, 'thumbnail', reads);
      return sendBytes(reply, file, bytes, 'image/jpeg');
    },
  );
}
