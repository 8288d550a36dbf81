import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The Fastify instance typed with the zod provider, as every routes file receives it. */
export type App = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export const uuidParam = z.object({ id: z.string().uuid() });
export { optText, reqText, hhmm, phone, pageQuery } from '@hy/contracts';
