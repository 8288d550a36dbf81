import type { FastifyInstance } from 'fastify';
import type { ZodTypeAny, z } from 'zod';
import { typed, uuidParam } from '../../../lib/http.ts';
import type { Ctx } from '../../../lib/context.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { empty, page } from '@hy/contracts';

export const tags = ['places'];
/** Every places route needs a signed-in user. */
export const opts = { preHandler: requireAuth };

/** The five routes of a places resource: list, get, create (201), update, and delete/archive. */
export interface Resource<Q extends ZodTypeAny, C extends ZodTypeAny, P extends ZodTypeAny, R extends ZodTypeAny> {
  path: string;
  what: string;
  query: Q;
  create: C;
  patch: P;
  /** The record's response schema (lists answer a page of it). */
  row: R;
  list(ctx: Ctx, q: z.infer<Q>): Promise<{ data: z.infer<R>[]; nextCursor: string | null }>;
  get(ctx: Ctx, id: string): Promise<z.infer<R>>;
  add(ctx: Ctx, body: z.infer<C>): Promise<z.infer<R>>;
  update(ctx: Ctx, id: string, body: z.infer<P>): Promise<z.infer<R>>;
  /** Returns the archived record, or nothing when the record was deleted (204). */
  remove?: { summary: string; run(ctx: Ctx, id: string): Promise<z.infer<R> | void> };
}

/** Declares the five routes of a places resource on the app. */
export function resourceRoutes<Q extends ZodTypeAny, C extends ZodTypeAny, P extends ZodTypeAny, R extends ZodTypeAny>(
  fastify: FastifyInstance,
  r: Resource<Q, C, P, R>,
) {
  const app = typed(fastify);
  // The services are checked against R where a resource is declared; here the schema is only handed on.
  const row: ZodTypeAny = r.row;
  app.get(
    r.path,
    { ...opts, schema: { tags, summary: `List ${r.what}s`, querystring: r.query, response: { 200: page(row) } } },
    async (req) => r.list(req.ctx(), req.query as z.infer<Q>),
  );
  app.get(
    `${r.path}/:id`,
    { ...opts, schema: { tags, summary: `One ${r.what}`, params: uuidParam, response: { 200: row } } },
    async (req) => r.get(req.ctx(), req.params.id),
  );
  app.post(
    r.path,
    { ...opts, schema: { tags, summary: `Create a ${r.what}`, body: r.create, response: { 201: row } } },
    async (req, reply) => reply.status(201).send(await r.add(req.ctx(), req.body as z.infer<C>)),
  );
  app.patch(
    `${r.path}/:id`,
    { ...opts, schema: { tags, summary: `Change a ${r.what}`, params: uuidParam, body: r.patch, response: { 200: row } } },
    async (req) => r.update(req.ctx(), req.params.id, req.body as z.infer<P>),
  );
  const remove = r.remove;
  if (remove) {
    app.delete(
      `${r.path}/:id`,
      { ...opts, schema: { tags, summary: remove.summary, params: uuidParam, response: { 200: row, 204: empty } } },
      async (req, reply) => {
        const out = await remove.run(req.ctx(), req.params.id);
        return out === undefined ? reply.status(204).send(null) : out;
      },
    );
  }
}
