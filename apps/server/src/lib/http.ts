import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The Fastify instance typed with the zod provider, as every routes file receives it. */
export type App = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export const uuidParam = z.object({ id: z.string().uuid() });
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
};
/** Optional text that turns '' into null. */
export const optText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === '' ? null : (v ?? null)));
export const reqText = (max = 200) => z.string().trim().min(1).max(max);
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');
export const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,30}$/, 'phone');
