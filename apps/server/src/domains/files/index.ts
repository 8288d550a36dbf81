/**
 * Files (issue 11): photos and documents uploaded from the camera or the gallery, signatures drawn on
 * the screen. The files domain's public entry: other domains attach uploads to their records inside
 * their own transactions and present the references; the bytes are served only to people who may
 * read the record a file belongs to.
 *
 *   storage/     POST /files (multipart), GET /files/:id and /thumbnail, the purge of unattached uploads
 *   signatures/  POST /signatures (signer, time, PNG)
 */
import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../../plugins/require-auth.ts';
import { storageRoutes } from './storage/storage.routes.ts';
import { signaturesRoutes } from './signatures/signatures.routes.ts';

export async function filesRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  await storageRoutes(fastify);
  signaturesRoutes(fastify);
}

// The purge job; what other domains call.
export { registerFilesJobs } from './storage/storage.jobs.ts';
export { attachFiles, fileRefs } from './storage/storage.service.ts';
export { filesOf, fileBytes } from './storage/storage.repository.ts';
export { presentFile } from './storage/storage.presenter.ts';
