import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { reportRoute } from '../supervision/reports.ts';
import { monthQuery } from '../supervision/supervision.schema.ts';
import * as svc from './measures.service.ts';
import * as s from './measures.schema.ts';
import { MEASURES_SHEETS } from './measures.sheets.ts';
import { complaintRateReport, reportOpening, reportOpeningQuery, slaReport, threeEqualitiesReport } from '@hy/contracts';

const tags = ['cases'];

/** Measures (S10): complaint rate with the corrective action, three equalities, SLA attainment (JSON or ?format=xlsx). */
export function measuresRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/reports/cases/default-period',
    {
      schema: {
        tags,
        response: { 200: reportOpening },
        summary: 'The month and quarter the case reports open on: the current ones once a case came in, else the last complete ones',
        querystring: reportOpeningQuery,
      },
    },
    async (req) => svc.openingPeriodsOf(req.ctx(), req.query.propertyId),
  );
  reportRoute(
    app,
    '/reports/complaint-rate',
    s.quarterQuery,
    'rate',
    MEASURES_SHEETS.rate,
    'Valid complaints ÷ households per month of a quarter (below the target setting, default 5%)',
    complaintRateReport,
    svc.complaintRateReport,
  );
  app.post(
    '/reports/complaint-rate/corrective-action',
    {
      schema: {
        tags,
        response: { 200: complaintRateReport },
        summary: 'Corrective-action report when a month reached the target',
        body: s.correctiveBody,
      },
    },
    async (req) => svc.saveCorrectiveAction(req.ctx(), req.body),
  );
  reportRoute(
    app,
    '/reports/three-equalities',
    monthQuery,
    'equalities',
    MEASURES_SHEETS.equalities,
    '三个相等: logged = dispatched = work orders issued = returned, with the mismatches',
    threeEqualitiesReport,
    svc.threeEqualities,
  );
  reportRoute(
    app,
    '/reports/sla',
    monthQuery,
    'sla',
    MEASURES_SHEETS.sla,
    'SLA attainment by kind and severity; satisfaction from callbacks',
    slaReport,
    svc.slaReport,
  );
}
