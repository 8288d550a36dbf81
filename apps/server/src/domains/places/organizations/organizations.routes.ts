import type { FastifyInstance } from 'fastify';
import { organizationRecord } from '@hy/contracts';
import { resourceRoutes } from '../resource/resource.routes.ts';
import * as svc from './organizations.service.ts';
import * as S from './organizations.schema.ts';

export function organizationsRoutes(fastify: FastifyInstance) {
  resourceRoutes(fastify, {
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
}
