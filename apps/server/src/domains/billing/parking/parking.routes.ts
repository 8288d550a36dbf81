import type { FastifyInstance } from 'fastify';
import {
  file,
  list,
  meterImportResult,
  parkingAssignInput,
  parkingSpace,
  parkingSpaceInput,
  phoneLine,
  phoneLineInput,
  phoneQuery,
  phoneUsageInput,
  propertyIdQuery,
} from '@hy/contracts';
import { errors } from '../../../lib/errors.ts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { XLSX, sendXlsx } from '../../../lib/xlsx.ts';
import { xlsxBodies } from '../months/months.xlsx-body.ts';
import { importPhoneUsage, phoneTemplate } from './parking.sheets.ts';
import * as svc from './parking.service.ts';

const tags = ['billing'];

/** Parking spaces and phone lines (车位与电话). */
export function parkingRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  xlsxBodies(fastify);
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
  app.get(
    '/billing/phones/template',
    { schema: { tags, summary: 'The month’s phone fees as an .xlsx template', querystring: phoneQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await phoneTemplate(req.ctx(), req.query.propertyId, req.query.month), 'phone-fees.xlsx'),
  );
  app.post(
    '/billing/phones/import',
    {
      schema: {
        tags,
        summary: 'Import the month’s phone usage fees from .xlsx (body: the file): all rows or none (422 phone_import_invalid)',
        querystring: phoneQuery,
        response: { 201: meterImportResult },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw errors.of('unsupported_media_type', `Content-Type: ${XLSX}`);
      return reply.status(201).send(await importPhoneUsage(req.ctx(), req.query.propertyId, req.query.month, req.body));
    },
  );
}
