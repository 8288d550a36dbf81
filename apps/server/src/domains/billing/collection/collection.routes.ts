import type { FastifyInstance } from 'fastify';
import { collectionQuery, collectionSeries } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import * as svc from './collection.service.ts';

const tags = ['billing'];

export function collectionRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/collection',
    {
      schema: {
        tags,
        summary: 'The daily 收费率 and 户收费率 of a month (latest month by default) against the target',
        querystring: collectionQuery,
        response: { 200: collectionSeries },
      },
    },
    async (req) => svc.collectionSeries(req.ctx(), req.query),
  );
}
