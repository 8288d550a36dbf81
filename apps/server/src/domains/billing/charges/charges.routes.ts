import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { billableCharge, list, monthField, uuid } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import * as svc from './charges.service.ts';

const tags = ['billing'];

/** One-off charges waiting for the month's fee tables, or drawn by a month. */
export function chargesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/charges',
    {
      schema: {
        tags,
        summary: 'Paid repairs and paid services posted for billing (month omitted: not yet drawn into a month)',
        querystring: z.object({ propertyId: uuid, month: monthField.optional() }),
        response: { 200: list(billableCharge) },
      },
    },
    async (req) => svc.listCharges(req.ctx(), req.query),
  );
}
