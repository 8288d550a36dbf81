import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  checkpointInput,
  inspectorList,
  propertyIdQuery,
  file,
  plan,
  planInput,
  planList,
  planPatch,
  planQuery,
  qrSheet,
  reorderInput,
  uuid,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './plans.service.ts';
import { exportChecklist, exportPlans } from './plans.sheets.ts';

const tags = ['inspections'];
const cpParams = z.object({ id: uuid, checkpointId: uuid });

/** Plans per area (T2): list, read, create, edit; checkpoints added, edited, reordered, retired; QR sheet; forms as .xlsx. */
export function plansRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/inspection-plans',
    { schema: { tags, summary: 'Plans of a property', querystring: planQuery, response: { 200: planList } } },
    async (req) => svc.listPlans(req.ctx(), req.query),
  );
  app.get(
    '/inspection-plans/export',
    { schema: { tags, summary: '客服部巡检计划 as .xlsx', querystring: planQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportPlans(req.ctx(), req.query), 'inspection-plans.xlsx'),
  );
  app.get(
    '/inspection-plans/inspectors',
    {
      schema: {
        tags,
        summary: 'Staff who may walk rounds (for the plan form)',
        querystring: propertyIdQuery,
        response: { 200: inspectorList },
      },
    },
    async (req) => svc.inspectors(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/inspection-plans',
    { schema: { tags, summary: 'Create a plan with its checkpoints', body: planInput, response: { 201: plan } } },
    async (req, reply) => reply.status(201).send(await svc.createPlan(req.ctx(), req.body)),
  );
  app.get('/inspection-plans/:id', { schema: { tags, params: uuidParam, response: { 200: plan } } }, async (req) =>
    svc.getPlan(req.ctx(), req.params.id),
  );
  app.patch('/inspection-plans/:id', { schema: { tags, params: uuidParam, body: planPatch, response: { 200: plan } } }, async (req) =>
    svc.updatePlan(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/inspection-plans/:id/qr-sheet',
    { schema: { tags, summary: 'The checkpoints with their QR codes, to print', params: uuidParam, response: { 200: qrSheet } } },
    async (req) => svc.qrSheet(req.ctx(), req.params.id),
  );
  app.get(
    '/inspection-plans/:id/checklist.xlsx',
    {
      schema: {
        tags,
        summary: '各区域巡视检验表: the blank checklist to fill by hand',
        params: uuidParam,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportChecklist(req.ctx(), req.params.id), 'inspection-checklist.xlsx'),
  );
  app.post(
    '/inspection-plans/:id/checkpoints',
    { schema: { tags, summary: 'Add a checkpoint at the end', params: uuidParam, body: checkpointInput, response: { 201: plan } } },
    async (req, reply) => reply.status(201).send(await svc.addCheckpoint(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/inspection-plans/:id/checkpoints/reorder',
    {
      schema: {
        tags,
        summary: 'New order of the checkpoints (422 plan_checkpoints_mismatch)',
        params: uuidParam,
        body: reorderInput,
        response: { 200: plan },
      },
    },
    async (req) => svc.reorder(req.ctx(), req.params.id, req.body.checkpointIds),
  );
  app.put(
    '/inspection-plans/:id/checkpoints/:checkpointId',
    { schema: { tags, summary: 'Edit a checkpoint and its checklist', params: cpParams, body: checkpointInput, response: { 200: plan } } },
    async (req) => svc.updateCheckpoint(req.ctx(), req.params.id, req.params.checkpointId, req.body),
  );
  app.delete(
    '/inspection-plans/:id/checkpoints/:checkpointId',
    { schema: { tags, summary: 'Retire a checkpoint (past results keep it)', params: cpParams, response: { 200: plan } } },
    async (req) => svc.retireCheckpoint(req.ctx(), req.params.id, req.params.checkpointId),
  );
}
