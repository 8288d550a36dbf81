import type { FastifyInstance } from 'fastify';
import { unitRecord } from '@hy/contracts';
import { resourceRoutes } from '../resource/resource.routes.ts';
import * as svc from './units.service.ts';
import * as S from './units.schema.ts';

export function unitsRoutes(fastify: FastifyInstance) {
  resourceRoutes(fastify, {
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
}
