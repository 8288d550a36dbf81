import type { FastifyInstance } from 'fastify';
import type { ZodTypeAny, z } from 'zod';
import { typed, uuidParam } from '../../lib/http.ts';
import type { Ctx } from '../../lib/context.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import * as svc from './places.service.ts';
import * as S from './places.schema.ts';

const tags = ['places'];

/** The five routes of a places resource: list, get, create (201), update, and delete/archive. */
interface Resource<Q extends ZodTypeAny, C extends ZodTypeAny, P extends ZodTypeAny> {
  path: string;
  what: string;
  query: Q;
  create: C;
  patch: P;
  list(ctx: Ctx, q: z.infer<Q>): Promise<unknown>;
  get(ctx: Ctx, id: string): Promise<unknown>;
  add(ctx: Ctx, body: z.infer<C>): Promise<unknown>;
  update(ctx: Ctx, id: string, body: z.infer<P>): Promise<unknown>;
  /** Returns the archived record, or nothing when the record was deleted (204). */
  remove?: { summary: string; run(ctx: Ctx, id: string): Promise<unknown> };
}

export async function placesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  function resource<Q extends ZodTypeAny, C extends ZodTypeAny, P extends ZodTypeAny>(r: Resource<Q, C, P>) {
    app.get(r.path, { ...opts, schema: { tags, summary: `List ${r.what}s`, querystring: r.query } }, async (req) =>
      r.list(req.ctx(), req.query as z.infer<Q>),
    );
    app.get(`${r.path}/:id`, { ...opts, schema: { tags, summary: `One ${r.what}`, params: uuidParam } }, async (req) =>
      r.get(req.ctx(), req.params.id),
    );
    app.post(r.path, { ...opts, schema: { tags, summary: `Create a ${r.what}`, body: r.create } }, async (req, reply) =>
      reply.status(201).send(await r.add(req.ctx(), req.body as z.infer<C>)),
    );
    app.patch(
      `${r.path}/:id`,
      { ...opts, schema: { tags, summary: `Change a ${r.what}`, params: uuidParam, body: r.patch } },
      async (req) => r.update(req.ctx(), req.params.id, req.body as z.infer<P>),
    );
    const remove = r.remove;
    if (remove) {
      app.delete(`${r.path}/:id`, { ...opts, schema: { tags, summary: remove.summary, params: uuidParam } }, async (req, reply) => {
        const out = await remove.run(req.ctx(), req.params.id);
        return out === undefined ? reply.status(204).send() : out;
      });
    }
  }

  resource({
    path: '/properties',
    what: 'property (those you hold a role in)',
    query: S.propertyQuery,
    create: S.propertyCreate,
    patch: S.propertyPatch,
    list: svc.listProperties,
    get: svc.getProperty,
    add: svc.createProperty,
    update: svc.updateProperty,
  });
  resource({
    path: '/buildings',
    what: 'building',
    query: S.buildingQuery,
    create: S.buildingCreate,
    patch: S.buildingPatch,
    list: svc.listBuildings,
    get: svc.getBuilding,
    add: svc.createBuilding,
    update: svc.updateBuilding,
    remove: { summary: 'Delete a building and its floors while nothing refers to them (else 422 in_use)', run: svc.deleteBuilding },
  });
  app.get(
    '/buildings/:id/floors',
    { ...opts, schema: { tags, summary: "A building's floors, lowest first", params: uuidParam } },
    async (req) => svc.listFloors(req.ctx(), req.params.id),
  );
  resource({
    path: '/organizations',
    what: 'organization',
    query: S.organizationQuery,
    create: S.organizationCreate,
    patch: S.organizationPatch,
    list: svc.listOrganizations,
    get: svc.getOrganization,
    add: svc.createOrganization,
    update: svc.updateOrganization,
    remove: { summary: 'Delete an organization while nothing refers to it (else 422 in_use)', run: svc.deleteOrganization },
  });
  resource({
    path: '/units',
    what: 'unit',
    query: S.unitQuery,
    create: S.unitCreate,
    patch: S.unitPatch,
    list: svc.listUnits,
    get: svc.getUnit,
    add: svc.createUnit,
    update: svc.updateUnit,
    remove: { summary: 'Delete a unit while nothing refers to it (else 422 in_use)', run: svc.deleteUnit },
  });
  resource({
    path: '/venues',
    what: 'venue',
    query: S.venueQuery,
    create: S.venueCreate,
    patch: S.venuePatch,
    list: svc.listVenues,
    get: svc.getVenue,
    add: svc.createVenue,
    update: svc.updateVenue,
    remove: { summary: 'Archive a venue: it stops being bookable (venues are never deleted)', run: svc.archiveVenue },
  });
}
