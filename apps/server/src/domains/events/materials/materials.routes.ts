import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  eventMaterialDrawBody,
  eventMaterialLine,
  eventMaterialLineBody,
  eventMaterialLinePatch,
  eventMaterialList,
  eventMaterialReturnBody,
  eventMaterialStatusBody,
  eventMaterialWarehouseList,
} from '@hy/contracts';
import { ok as okReply, file } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './materials.service.ts';
import { exportMaterials } from './materials.export.ts';

const tags = ['events'];
const lineParams = z.object({ id: z.string().uuid(), lineId: z.string().uuid() });

/** The 会务物资清单 of large events (M13): the lines, ticks, warehouse draws and returns (the meetings checkout), the sheet. */
export function materialsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/materials',
    { schema: { tags, summary: 'The materials list with live quantities', params: uuidParam, response: { 200: eventMaterialList } } },
    async (req) => svc.listMaterials(req.ctx(), req.params.id),
  );
  app.get(
    '/events/:id/materials/export',
    { schema: { tags, summary: 'The materials list as .xlsx (audited)', params: uuidParam, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportMaterials(req.ctx(), req.params.id), 'materials.xlsx'),
  );
  app.get(
    '/events/:id/materials/warehouse',
    {
      schema: {
        tags,
        summary: "The property's warehouse items (meetings.materials)",
        params: uuidParam,
        response: { 200: eventMaterialWarehouseList },
      },
    },
    async (req) => svc.warehouse(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/materials',
    {
      schema: {
        tags,
        summary: 'A new line (422 event_material_group_unknown, event_material_item_required)',
        params: uuidParam,
        body: eventMaterialLineBody,
        response: { 201: eventMaterialLine },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createLine(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/materials/:lineId',
    {
      schema: {
        tags,
        summary: 'Edit a line (409 conflict, event_material_status_step, event_material_outstanding)',
        params: lineParams,
        body: eventMaterialLinePatch,
        response: { 200: eventMaterialLine },
      },
    },
    async (req) => svc.patchLine(req.ctx(), req.params.id, req.params.lineId, req.body),
  );
  app.post(
    '/events/:id/materials/:lineId/status',
    {
      schema: {
        tags,
        summary: 'Tick a line ready, placed or returned (the phone)',
        params: lineParams,
        body: eventMaterialStatusBody,
        response: { 200: eventMaterialLine },
      },
    },
    async (req) => svc.setStatus(req.ctx(), req.params.id, req.params.lineId, req.body.status),
  );
  app.delete(
    '/events/:id/materials/:lineId',
    { schema: { tags, summary: 'Remove a line (409 event_material_outstanding)', params: lineParams, response: { 200: okReply } } },
    async (req) => svc.removeLine(req.ctx(), req.params.id, req.params.lineId),
  );
  app.post(
    '/events/:id/materials/:lineId/draw',
    {
      schema: {
        tags,
        summary: "Draw from the warehouse on the main session's notice (422 event_no_notice_yet, insufficient_stock)",
        params: lineParams,
        body: eventMaterialDrawBody,
        response: { 200: eventMaterialLine },
      },
    },
    async (req) => svc.drawLine(req.ctx(), req.params.id, req.params.lineId, req.body.qty),
  );
  app.post(
    '/events/:id/materials/:lineId/return',
    {
      schema: {
        tags,
        summary: 'Count back returned and lost (422 event_material_return_exceeds); losses charged as the meetings do',
        params: lineParams,
        body: eventMaterialReturnBody,
        response: { 200: eventMaterialLine },
      },
    },
    async (req) => svc.returnLine(req.ctx(), req.params.id, req.params.lineId, req.body),
  );
}
