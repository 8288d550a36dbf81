import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import { reportRoute } from '../supervision/reports.ts';
import { monthQuery } from '../supervision/supervision.schema.ts';
import * as svc from './measures.service.ts';
import * as s from './measures.schema.ts';
import { MEASURES_SHEETS } from './measures.sheets.ts';
import { complaintRateReport, slaReport, threeEqualitiesReport } from '@hy/contracts';

const tags = ['cases'];

/** Measures (S10): complaint rate with the corrective action, three equalities, SLA attainment (JSON or ?format=xlsx). */
export function measuresRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  reportRoute(
    app,
    '/reports/complaint-rate',
    s.quarterQuery,
    'rate',
    MEASURES_SHEETS.rate,
    'Valid complaints ÷ households per month of a quarter (target < 5%)',
    complaintRateReport,
    svc.complaintRateReport,
  );
  app.post(
    '/reports/complaint-rate/corrective-action',
    {
      schema: {
        tags,
        response: { 200: complaintRateReport },
        summary: 'Corrective-action report when a month reached 5%',
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
