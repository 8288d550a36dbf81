import type { FastifyInstance } from 'fastify';
import { propertyRecord } from '@hy/contracts';
import { resourceRoutes } from '../resource/resource.routes.ts';
import * as svc from './properties.service.ts';
import * as S from './properties.schema.ts';

export function propertiesRoutes(fastify: FastifyInstance) {
  resourceRoutes(fastify, {
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
}
