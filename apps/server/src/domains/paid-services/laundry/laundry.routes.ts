import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  supplierEvaluation,
  supplierEvaluationCreate,
  supplierEvaluationDecide,
  supplierEvaluationList,
  supplierEvaluationQuery,
  file,
  laundryPriceList,
  laundryPricesPut,
  laundryQuery,
  laundryRequest,
  laundryRequestCreate,
  laundryRequestList,
  laundryReturn,
  laundryRewash,
  monthStatement,
  serviceSign,
  statementQuery,
  supplier,
  supplierCreate,
  supplierList,
  supplierPatch,
  uuid,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { exportStatement } from './laundry.sheets.ts';
import * as svc from './laundry.service.ts';
import * as sup from './suppliers.service.ts';

const tags = ['paid-services'];
const propertyQuery = z.object({ propertyId: uuid });
const kindParam = z.object({ kind: z.enum(['laundry', 'meals']) });

/** Laundry (洗客衣服务) and the shared suppliers, evaluations and month statements. */
export function laundryRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get('/paid-services/suppliers', { schema: { tags, querystring: propertyQuery, response: { 200: supplierList } } }, async (req) =>
    sup.listSuppliers(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/paid-services/suppliers',
    {
      schema: {
        tags,
        summary: 'Register a laundry or catering supplier (paidservices.manage)',
        body: supplierCreate,
        response: { 201: supplier },
      },
    },
    async (req, reply) => reply.status(201).send(await sup.createSupplier(req.ctx(), req.body)),
  );
  app.patch(
    '/paid-services/suppliers/:id',
    {
      schema: {
        tags,
        summary: 'Edit a supplier or deactivate it (active: false; paidservices.manage)',
        params: uuidParam,
        body: supplierPatch,
        response: { 200: supplier },
      },
    },
    async (req) => sup.updateSupplier(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/paid-services/evaluations',
    {
      schema: {
        tags,
        summary: 'Evaluations of laundry or catering suppliers, with this month’s due day',
        querystring: supplierEvaluationQuery,
        response: { 200: supplierEvaluationList },
      },
    },
    async (req) => sup.listEvaluations(req.ctx(), req.query.propertyId, req.query.kind),
  );
  app.post(
    '/paid-services/evaluations',
    {
      schema: {
        tags,
        summary: 'Write a monthly, weekly or year-end supplierEvaluation (409 evaluation_exists)',
        body: supplierEvaluationCreate,
        response: { 201: supplierEvaluation },
      },
    },
    async (req, reply) => reply.status(201).send(await sup.createEvaluation(req.ctx(), req.body)),
  );
  app.post(
    '/paid-services/evaluations/:id/decide',
    {
      schema: {
        tags,
        summary: 'The CS manager’s renew-or-not decision on a year-end review',
        params: uuidParam,
        body: supplierEvaluationDecide,
        response: { 200: supplierEvaluation },
      },
    },
    async (req) => sup.decideEvaluation(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/paid-services/:kind/statement',
    {
      schema: {
        tags,
        summary: 'The month statement per tenant and the supplier settlement',
        params: kindParam,
        querystring: statementQuery,
        response: { 200: monthStatement },
      },
    },
    async (req) => sup.monthStatement(req.ctx(), req.params.kind, req.query),
  );
  app.get(
    '/paid-services/:kind/statement/export',
    {
      schema: {
        tags,
        summary: 'The month statement and settlement as .xlsx (audited)',
        params: kindParam,
        querystring: statementQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) =>
      sendXlsx(reply, await exportStatement(req.ctx(), req.params.kind, req.query), `${req.params.kind}-${req.query.month}.xlsx`),
  );

  app.get(
    '/laundry/prices',
    {
      schema: {
        tags,
        summary: 'The laundry price list (printable for move-in)',
        querystring: propertyQuery,
        response: { 200: laundryPriceList },
      },
    },
    async (req) => svc.priceList(req.ctx(), req.query.propertyId),
  );
  app.put(
    '/laundry/prices',
    {
      schema: {
        tags,
        summary: 'Set the price list agreed with the laundry (paidservices.manage)',
        body: laundryPricesPut,
        response: { 200: laundryPriceList },
      },
    },
    async (req) => svc.putPrices(req.ctx(), req.body),
  );
  app.get(
    '/laundry/requests',
    {
      schema: {
        tags,
        summary: 'Laundry requests, newest first (a tenant: their own)',
        querystring: laundryQuery,
        response: { 200: laundryRequestList },
      },
    },
    async (req) => svc.listRequests(req.ctx(), req.query),
  );
  app.get('/laundry/requests/:id', { schema: { tags, params: uuidParam, response: { 200: laundryRequest } } }, async (req) =>
    svc.getRequest(req.ctx(), req.params.id),
  );
  app.post(
    '/laundry/requests',
    {
      schema: {
        tags,
        summary: 'Log a request (the desk from a call, or the tenant in the portal)',
        body: laundryRequestCreate,
        response: { 201: laundryRequest },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createRequest(req.ctx(), req.body)),
  );
  app.post(
    '/laundry/requests/:id/call',
    {
      schema: {
        tags,
        summary: 'The desk phoned the laundry: the collect deadline starts (409 laundry_wrong_state)',
        params: uuidParam,
        response: { 200: laundryRequest },
      },
    },
    async (req) => svc.callSupplier(req.ctx(), req.params.id),
  );
  app.post(
    '/laundry/requests/:id/collect',
    { schema: { tags, summary: 'The laundry collected the clothes', params: uuidParam, response: { 200: laundryRequest } } },
    async (req) => svc.markCollected(req.ctx(), req.params.id),
  );
  app.post(
    '/laundry/requests/:id/return',
    {
      schema: {
        tags,
        summary: 'Returned with the items list (item × qty × price)',
        params: uuidParam,
        body: laundryReturn,
        response: { 200: laundryRequest },
      },
    },
    async (req) => svc.markReturned(req.ctx(), req.params.id, req.body.lines),
  );
  app.post(
    '/laundry/requests/:id/rewash',
    {
      schema: {
        tags,
        summary: 'Not up to standard: back to the laundry for a re-wash (no second charge)',
        params: uuidParam,
        body: laundryRewash,
        response: { 200: laundryRequest },
      },
    },
    async (req) => svc.sendToRewash(req.ctx(), req.params.id, req.body.note),
  );
  app.post(
    '/laundry/requests/:id/sign',
    {
      schema: {
        tags,
        summary: 'The tenant signs the 洗衣服务确定单: the charge is posted once',
        params: uuidParam,
        body: serviceSign,
        response: { 200: laundryRequest },
      },
    },
    async (req) => svc.sign(req.ctx(), req.params.id, req.body),
  );
}
