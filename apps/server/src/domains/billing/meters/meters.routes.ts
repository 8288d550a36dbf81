import type { FastifyInstance } from 'fastify';
import { file, meterImportResult, meterInput, meterQuery, meterRow, meterSheet } from '@hy/contracts';
import { errors } from '../../../lib/errors.ts';
import { typed } from '../../../lib/http.ts';
import { XLSX, sendXlsx } from '../../../lib/xlsx.ts';
import { xlsxBodies } from '../months/months.xlsx-body.ts';
import * as svc from './meters.service.ts';
import { importReadings, readingsTemplate } from './meters.sheets.ts';

const tags = ['billing'];

/** Water meter readings (抄表). */
export function metersRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  xlsxBodies(fastify);
  app.get(
    '/billing/meters',
    {
      schema: {
        tags,
        summary: 'The month’s readings: every unit, previous and current',
        querystring: meterQuery,
        response: { 200: meterSheet },
      },
    },
    async (req) => svc.meterSheet(req.ctx(), req.query.propertyId, req.query.month),
  );
  app.put(
    '/billing/meters',
    {
      schema: { tags, summary: 'Type a unit’s reading (422 meter_reading_below_previous)', body: meterInput, response: { 200: meterRow } },
    },
    async (req) => svc.enterReading(req.ctx(), req.body),
  );
  app.get(
    '/billing/meters/template',
    { schema: { tags, summary: 'The month’s readings as an .xlsx template', querystring: meterQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await readingsTemplate(req.ctx(), req.query.propertyId, req.query.month), 'readings.xlsx'),
  );
  app.post(
    '/billing/meters/import',
    {
      schema: {
        tags,
        summary: 'Import the month’s readings from .xlsx (body: the file): all rows or none (422 meter_import_invalid with row numbers)',
        querystring: meterQuery,
        response: { 201: meterImportResult },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw errors.of('unsupported_media_type', `Content-Type: ${XLSX}`);
      const today = req.ctx().now().toISOString().slice(0, 10);
      return reply.status(201).send(await importReadings(req.ctx(), req.query.propertyId, req.query.month, req.body, today));
    },
  );
}
