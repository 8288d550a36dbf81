import type { FastifyInstance } from 'fastify';
import type { ZodTypeAny, z } from 'zod';
import { typed, uuidParam } from '../../../lib/http.ts';
import type { Ctx } from '../../../lib/context.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import * as svc from '../venues/venues.service.ts';
import * as S from '../venues/venues.schema.ts';
import { buildingRecord, empty, floorPage, organizationRecord, page, propertyRecord, unitRecord, venueRecord } from '@hy/contracts';

const tags = ['places'];

/** The five routes of a places resource: list, get, create (201), update, and delete/archive. */
interface Resource<Q extends ZodTypeAny, C extends ZodTypeAny, P extends ZodTypeAny, R extends ZodTypeAny> {
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

export async function placesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  function resource<Q extends ZodTypeAny, C extends ZodTypeAny, P extends ZodTypeAny, R extends ZodTypeAny>(r: Resource<Q, C, P, R>) {
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

  resource({
    path: '/properties',
    row: propertyRecord,
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
    row: buildingRecord,
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
    { ...opts, schema: { tags, summary: "A building's floors, lowest first", params: uuidParam, response: { 200: floorPage } } },
    async (req) => svc.listFloors(req.ctx(), req.params.id),
  );
  resource({
    path: '/organizations',
    row: organizationRecord,
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
    row: unitRecord,
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
    row: venueRecord,
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
