import type { FastifyInstance } from 'fastify';
import {
  list,
  parkingAssignInput,
  parkingSpace,
  parkingSpaceInput,
  phoneLine,
  phoneLineInput,
  phoneQuery,
  phoneUsageInput,
  propertyIdQuery,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './parking.service.ts';

const tags = ['billing'];

/** Parking spaces and phone lines (车位与电话). */
export function parkingRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/billing/parking',
    {
      schema: {
        tags,
        summary: 'Parking spaces with their assignments',
        querystring: propertyIdQuery,
        response: { 200: list(parkingSpace) },
      },
    },
    async (req) => svc.listSpaces(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/billing/parking',
    { schema: { tags, summary: 'Add a parking space (409 parking_code_taken)', body: parkingSpaceInput, response: { 201: parkingSpace } } },
    async (req, reply) => reply.status(201).send(await svc.createSpace(req.ctx(), req.body)),
  );
  app.post(
    '/billing/parking/:id/assign',
    {
      schema: {
        tags,
        summary: 'Assign a space to a company for a period (409 parking_space_taken)',
        params: uuidParam,
        body: parkingAssignInput,
        response: { 200: parkingSpace },
      },
    },
    async (req) => svc.assignSpace(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/billing/phones',
    { schema: { tags, summary: 'Phone lines with the month’s usage fee', querystring: phoneQuery, response: { 200: list(phoneLine) } } },
    async (req) => svc.listLines(req.ctx(), req.query.propertyId, req.query.month),
  );
  app.post(
    '/billing/phones',
    {
      schema: {
        tags,
        summary: 'Register a phone line or extension (409 phone_number_taken)',
        body: phoneLineInput,
        response: { 201: phoneLine },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createLine(req.ctx(), req.body)),
  );
  app.put(
    '/billing/phones/:id/usage',
    {
      schema: { tags, summary: 'The line’s usage fee of a month', params: uuidParam, body: phoneUsageInput, response: { 200: phoneLine } },
    },
    async (req) => svc.setUsage(req.ctx(), req.params.id, req.body.month, req.body.usageFen),
  );
}
