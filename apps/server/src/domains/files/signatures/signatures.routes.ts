import type { FastifyInstance } from 'fastify';
import { fileRef, signatureBody } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { captureSignature } from './signatures.service.ts';

/** A signature drawn on the screen, stored with the signer's name and the time. */
export function signaturesRoutes(fastify: FastifyInstance) {
  typed(fastify).post(
    '/signatures',
    {
      schema: {
        tags: ['files'],
        summary: 'Store a signature drawn on the screen (PNG data URL) with the signer and the time',
        body: signatureBody,
        response: { 201: fileRef },
      },
    },
    async (req, reply) => reply.status(201).send(await captureSignature(req.ctx(), req.body)),
  );
}
