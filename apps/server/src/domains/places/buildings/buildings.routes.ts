import type { FastifyInstance } from 'fastify';
import { buildingRecord, floorPage } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { opts, resourceRoutes, tags } from '../resource/resource.routes.ts';
import * as svc from './buildings.service.ts';
import * as S from './buildings.schema.ts';

export function buildingsRoutes(fastify: FastifyInstance) {
  resourceRoutes(fastify, {
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
  typed(fastify).get(
    '/buildings/:id/floors',
    { ...opts, schema: { tags, summary: "A building's floors, lowest first", params: uuidParam, response: { 200: floorPage } } },
    async (req) => svc.listFloors(req.ctx(), req.params.id),
  );
}
