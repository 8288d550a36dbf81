import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  bcFaxCollect,
  bcFaxFound,
  bcFaxIn,
  bcFaxInCreate,
  bcFaxInPage,
  bcFaxPhoned,
  bcFaxQuery,
  bcPriceList,
  bcPricesUpdate,
  bcPropertyQuery,
  bcRegister,
  bcRegisterQuery,
  bcReport,
  bcReportCreate,
  bcReportList,
  bcSlip,
  bcSlipCreate,
  bcSlipFinish,
  bcSlipHandover,
  bcSlipPage,
  bcSlipQuery,
  bcSlipSign,
  file,
  reqText,
  uuid,
} from '@hy/contracts';
import { can } from '../../../lib/context.ts';
import { typed, uuidParam } from '../../../lib/http.ts';
import type { LiveReader } from '../../notifications/index.ts';
import * as repo from './business-center.repository.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as faxes from './business-center.faxes.ts';
import * as reports from './business-center.reports.ts';
import { exportRegister } from './business-center.sheets.ts';
import * as svc from './business-center.service.ts';

const tags = ['paid-services'];
const handovers = z.object({ data: z.array(bcSlip) });
/** The signature is checked by the service (422 bc_void_signature_required), so it is optional here. */
const voidBody = z.object({ reason: reqText(300), signatureId: uuid.optional() }).strict();

/** Who may read a slip or a fax received (and their signatures): holders of paidservices.read in its property. */
const slipReader: LiveReader = async (db, id) => {
  const r = await repo.findSlip(db, id);
  return r ? (actor) => can(actor, r.propertyId, 'paidservices.read') : null;
};
const faxReader: LiveReader = async (db, id) => {
  const r = await repo.findFax(db, id);
  return r ? (actor) => can(actor, r.propertyId, 'paidservices.read') : null;
};

/** The business center (T5): price list, 服务收费单, registers, faxes received, handovers, suspicious documents. */
export function businessCenterRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('bc_slip', slipReader);
  fastify.hub.registerReader('bc_fax_in', faxReader);
  const app = typed(fastify);
  const base = '/business-center';
  app.get(
    `${base}/prices`,
    { schema: { tags, summary: 'The price list (defaults until set)', querystring: bcPropertyQuery, response: { 200: bcPriceList } } },
    async (req) => svc.prices(req.ctx(), req.query.propertyId),
  );
  app.put(
    `${base}/prices`,
    { schema: { tags, summary: 'Set the price list (supervisors; audited)', body: bcPricesUpdate, response: { 200: bcPriceList } } },
    async (req) => svc.setPrices(req.ctx(), req.body.propertyId, req.body.prices),
  );

  app.get(
    `${base}/slips`,
    { schema: { tags, summary: 'Service slips, newest first', querystring: bcSlipQuery, response: { 200: bcSlipPage } } },
    async (req) => svc.listSlips(req.ctx(), req.query),
  );
  app.get(
    `${base}/handovers`,
    {
      schema: {
        tags,
        summary: 'Unfinished slips handed to the next shift, not yet taken over',
        querystring: bcPropertyQuery,
        response: { 200: handovers },
      },
    },
    async (req) => svc.handovers(req.ctx(), req.query.propertyId),
  );
  app.get(
    `${base}/register`,
    {
      schema: {
        tags,
        summary: '发报统计本 or 商务中心服务统计本 of a period (422 bc_register_range)',
        querystring: bcRegisterQuery,
        response: { 200: bcRegister },
      },
    },
    async (req) => {
      const { tz: _tz, ...r } = await svc.register(req.ctx(), req.query);
      return r;
    },
  );
  app.get(
    `${base}/register/export`,
    { schema: { tags, summary: 'The register as .xlsx (audited)', querystring: bcRegisterQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportRegister(req.ctx(), req.query), 'business-center-register.xlsx'),
  );
  app.get(`${base}/slips/:id`, { schema: { tags, params: uuidParam, response: { 200: bcSlip } } }, async (req) =>
    svc.getSlip(req.ctx(), req.params.id),
  );
  app.post(
    `${base}/slips`,
    {
      schema: {
        tags,
        summary: 'Write a slip (numbered FW-YYYYMM-NNNN, priced from the list)',
        body: bcSlipCreate,
        response: { 201: bcSlip },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createSlip(req.ctx(), req.body)),
  );
  app.post(
    `${base}/slips/:id/finish`,
    {
      schema: {
        tags,
        summary: 'Finish: operator and time (409 bc_slip_not_open)',
        params: uuidParam,
        body: bcSlipFinish,
        response: { 200: bcSlip },
      },
    },
    async (req) => svc.finishSlip(req.ctx(), req.params.id, req.body),
  );
  app.post(
    `${base}/slips/:id/sign`,
    {
      schema: {
        tags,
        summary:
          "The customer's signature and payment; account → the charge posted once (409 bc_slip_not_finished; 422 bc_account_needs_company)",
        params: uuidParam,
        body: bcSlipSign,
        response: { 200: bcSlip },
      },
    },
    async (req) => svc.signSlip(req.ctx(), req.params.id, req.body),
  );
  app.post(
    `${base}/slips/:id/handover`,
    {
      schema: {
        tags,
        summary: 'Hand unfinished work to the next shift (409 bc_slip_not_open)',
        params: uuidParam,
        body: bcSlipHandover,
        response: { 200: bcSlip },
      },
    },
    async (req) => svc.handOver(req.ctx(), req.params.id, req.body),
  );
  app.post(
    `${base}/slips/:id/take-over`,
    {
      schema: {
        tags,
        summary: 'Take over handed-over work (409 bc_handover_missing; 422 bc_handover_self)',
        params: uuidParam,
        response: { 200: bcSlip },
      },
    },
    async (req) => svc.takeOver(req.ctx(), req.params.id),
  );
  app.post(
    `${base}/slips/:id/void`,
    {
      schema: {
        tags,
        summary:
          "Void with the supervisor's signature; the unbilled charge withdrawn (422 bc_void_signature_required; 409 charge_already_billed)",
        params: uuidParam,
        body: voidBody,
        response: { 200: bcSlip },
      },
    },
    async (req) => svc.voidSlip(req.ctx(), req.params.id, req.body),
  );

  app.get(
    `${base}/faxes`,
    {
      schema: {
        tags,
        summary: '传真统计本, newest first; q: is there a fax for me?',
        querystring: bcFaxQuery,
        response: { 200: bcFaxInPage },
      },
    },
    async (req) => faxes.listFaxes(req.ctx(), req.query),
  );
  app.get(`${base}/faxes/:id`, { schema: { tags, params: uuidParam, response: { 200: bcFaxIn } } }, async (req) =>
    faxes.getFax(req.ctx(), req.params.id),
  );
  app.post(
    `${base}/faxes`,
    { schema: { tags, summary: 'Log a fax received (no recipient → 待查, CS asked)', body: bcFaxInCreate, response: { 201: bcFaxIn } } },
    async (req, reply) => reply.status(201).send(await faxes.receiveFax(req.ctx(), req.body)),
  );
  app.post(
    `${base}/faxes/:id/phoned`,
    {
      schema: {
        tags,
        summary: 'The recipient phoned (409 bc_fax_not_waiting)',
        params: uuidParam,
        body: bcFaxPhoned,
        response: { 200: bcFaxIn },
      },
    },
    async (req) => faxes.phoned(req.ctx(), req.params.id, req.body.whom),
  );
  app.post(
    `${base}/faxes/:id/notice`,
    { schema: { tags, summary: 'A 传真通知单 left (409 bc_fax_not_waiting)', params: uuidParam, response: { 200: bcFaxIn } } },
    async (req) => faxes.noticeLeft(req.ctx(), req.params.id),
  );
  app.post(
    `${base}/faxes/:id/found`,
    {
      schema: {
        tags,
        summary: '待查 → recipient found (409 bc_fax_not_unknown)',
        params: uuidParam,
        body: bcFaxFound,
        response: { 200: bcFaxIn },
      },
    },
    async (req) => faxes.found(req.ctx(), req.params.id, req.body),
  );
  app.post(
    `${base}/faxes/:id/collect`,
    {
      schema: {
        tags,
        summary: 'Collected against a signature (409 bc_fax_not_waiting)',
        params: uuidParam,
        body: bcFaxCollect,
        response: { 200: bcFaxIn },
      },
    },
    async (req) => faxes.collect(req.ctx(), req.params.id, req.body),
  );

  app.get(
    `${base}/reports`,
    { schema: { tags, summary: 'Suspicious documents reported', querystring: bcPropertyQuery, response: { 200: bcReportList } } },
    async (req) => reports.listReports(req.ctx(), req.query.propertyId),
  );
  app.post(
    `${base}/reports`,
    { schema: { tags, summary: 'Report a suspicious document to security (notified)', body: bcReportCreate, response: { 201: bcReport } } },
    async (req, reply) => reply.status(201).send(await reports.report(req.ctx(), req.body)),
  );
}
