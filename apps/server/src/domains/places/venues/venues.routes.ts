import type { FastifyInstance } from 'fastify';
import { venueRecord } from '@hy/contracts';
import { resourceRoutes } from '../resource/resource.routes.ts';
import * as svc from './venues.service.ts';
import * as S from './venues.schema.ts';

export function venuesRoutes(fastify: FastifyInstance) {
  resourceRoutes(fastify, {
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
