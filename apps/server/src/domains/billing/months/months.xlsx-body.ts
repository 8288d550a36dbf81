import type { FastifyInstance } from 'fastify';
import { XLSX } from '../../../lib/xlsx.ts';

/** .xlsx uploads arrive as the raw file (registered once in the billing plugin). */
export function xlsxBodies(fastify: FastifyInstance) {
  if (fastify.hasContentTypeParser(XLSX)) return;
  fastify.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );
}
