import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  file,
  hygieneCreate,
  hygieneDue,
  hygieneExportQuery,
  hygieneInspection,
  hygieneInspectionPage,
  hygieneQuery,
  uuid,
} from '@hy/contracts';
import type { LiveReader } from '../../notifications/index.ts';
import { can } from '../../../lib/context.ts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as repo from './hygiene.repository.ts';
import * as svc from './hygiene.service.ts';
import { exportInspections } from './hygiene.sheets.ts';

const tags = ['staff-quality'];

/** Who may read a sheet (and its photos): holders of quality.read in its property. */
const reader: LiveReader = async (db, id) => {
  const r = await repo.findInspection(db, id);
  return r ? (actor) => can(actor, r.propertyId, 'quality.read') : null;
};

/** Hygiene inspections (T7): the due view, sheets recorded with their scores, the sheets as .xlsx. */
export function hygieneRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('hygiene_inspection', reader);
  const app = typed(fastify);
  app.get(
    '/quality/hygiene-inspections/due',
    {
      schema: {
        tags,
        summary: 'Per level and area: the current period and whether its sheet is in (done / due / overdue)',
        querystring: z.object({ propertyId: uuid }),
        response: { 200: hygieneDue },
      },
    },
    async (req) => svc.due(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/quality/hygiene-inspections',
    {
      schema: {
        tags,
        summary: 'Hygiene inspection sheets, newest first',
        querystring: hygieneQuery,
        response: { 200: hygieneInspectionPage },
      },
    },
    async (req) => svc.listInspections(req.ctx(), req.query),
  );
  app.get(
    '/quality/hygiene-inspections/export',
    {
      schema: {
        tags,
        summary: 'The hygiene inspection sheets as .xlsx (one row per sheet, one per deducted item; audited)',
        querystring: hygieneExportQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportInspections(req.ctx(), req.query), 'hygiene-inspections.xlsx'),
  );
  app.get('/quality/hygiene-inspections/:id', { schema: { tags, params: uuidParam, response: { 200: hygieneInspection } } }, async (req) =>
    svc.getInspection(req.ctx(), req.params.id),
  );
  app.post(
    '/quality/hygiene-inspections',
    {
      schema: {
        tags,
        summary: 'Record a hygiene inspection sheet (422 hygiene_deduction_over, hygiene_item_twice, hygiene_future_day)',
        body: hygieneCreate,
        response: { 201: hygieneInspection },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.record(req.ctx(), req.body)),
  );
}
