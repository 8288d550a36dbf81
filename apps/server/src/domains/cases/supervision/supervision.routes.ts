import type { FastifyInstance, FastifyReply } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import type { Ctx } from '../../../lib/context.ts';
import * as reports from './supervision.service.ts';
import * as charges from '../charges/charges.service.ts';
import * as more from '../knowledge-base/knowledge-base.service.ts';
import * as s from './supervision.schema.ts';

/**
 * Paid repairs (S6), supervision and measures (S9, S10), archive and search (S11), knowledge base
 * (S12), tenant rating (S7). Mounted by casesRoutes (same auth hook). Reports answer printable JSON,
 * or a workbook with ?format=xlsx (audited).
 */
export function casesMoreRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const tags = ['cases'];

  const send = async (ctx: Ctx, reply: FastifyReply, kind: keyof typeof reports.SHEETS, format: 'json' | 'xlsx', report: Record<string, unknown>) => {
    if (format === 'json') return report;
    const { filename, buf } = await reports.exportXlsx(ctx, kind, report);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buf);
  };
  const report = <Q extends typeof s.dailyQuery | typeof s.weeklyQuery | typeof s.monthQuery | typeof s.quarterQuery>(
    path: string, querystring: Q, kind: keyof typeof reports.SHEETS, summary: string, fn: (ctx: Ctx, q: never) => Promise<Record<string, unknown>>,
  ) => app.get(path, { schema: { tags, summary, querystring } }, async (req, reply) => {
    const q = req.query as { format: 'json' | 'xlsx' };
    return send(req.ctx(), reply, kind, q.format, await fn(req.ctx(), q as never));
  });

  // S9 supervision
  report('/supervision/daily', s.dailyQuery, 'daily', "The day's cases for the CS supervisor: new, closed, overdue, escalated", reports.daily);
  app.post('/supervision/daily/sign', { schema: { tags, summary: 'The CS supervisor signs the day (once per property and day; 409 if signed)', body: s.signDailyBody } },
    async (req) => reports.signDaily(req.ctx(), req.body));
  report('/reports/cases-weekly', s.weeklyQuery, 'weekly', "Last week's cases with those that cannot proceed (Monday summary)", reports.weekly);
  report('/supervision/monthly', s.monthQuery, 'monthly', "The project manager's review of a month (sign by the 5th)", reports.monthlyReview);
  app.post('/supervision/monthly', { schema: { tags, summary: 'The project manager signs the monthly review (late after the 5th)', body: s.signMonthlyBody } },
    async (req) => reports.signMonthly(req.ctx(), req.body));
  report('/reports/complaints-monthly', s.monthQuery, 'complaints', '《客户投诉月统计表》', reports.complaintsMonthly);
  app.post('/reports/complaints-monthly/analysis', { schema: { tags, summary: 'Save the analysis text of the monthly complaint statistics', body: s.analysisBody } },
    async (req) => reports.saveAnalysis(req.ctx(), req.body));

  // S10 measures, S6 billing list
  report('/reports/complaint-rate', s.quarterQuery, 'rate', 'Valid complaints ÷ households per month of a quarter (target < 5%)', reports.complaintRateReport);
  app.post('/reports/complaint-rate/corrective-action', { schema: { tags, summary: 'Corrective-action report when a month reached 5%', body: s.correctiveBody } },
    async (req) => reports.saveCorrectiveAction(req.ctx(), req.body));
  report('/reports/three-equalities', s.monthQuery, 'equalities', '三个相等: logged = dispatched = work orders issued = returned, with the mismatches', reports.threeEqualities);
  report('/reports/sla', s.monthQuery, 'sla', 'SLA attainment by kind and severity; satisfaction from callbacks', reports.slaReport);
  report('/reports/paid-repairs', s.monthQuery, 'paid', "The month's paid-repair charges for billing with the property fee", reports.paidRepairs);

  // S6 paid repairs on a work order
  app.get('/work-orders/:id/charge', { schema: { tags, params: uuidParam } }, async (req) => charges.getCharge(req.ctx(), req.params.id));
  app.post('/work-orders/:id/quote', { schema: { tags, summary: 'Quote a paid repair (amount in fen from the items)', params: uuidParam, body: s.quoteBody } },
    async (req) => charges.quote(req.ctx(), req.params.id, req.body));
  app.post('/work-orders/:id/consent', { schema: { tags, summary: 'Customer consent: the tenant on the portal, or recorded by staff', params: uuidParam, body: s.consentBody } },
    async (req) => charges.consent(req.ctx(), req.params.id, req.body));
  app.post('/work-orders/:id/payment-notice', { schema: { tags, summary: 'Issue the numbered 《缴费通知书》', params: uuidParam } },
    async (req, reply) => reply.status(201).send(await charges.issueNotice(req.ctx(), req.params.id)));
  app.get('/work-orders/:id/payment-notice', { schema: { tags, summary: 'The printable 《缴费通知书》', params: uuidParam } },
    async (req) => charges.paymentNotice(req.ctx(), req.params.id));
  app.post('/work-orders/:id/paid', { schema: { tags, summary: 'Record the payment (receipt number)', params: uuidParam, body: s.paidBody } },
    async (req) => charges.recordPaid(req.ctx(), req.params.id, req.body));

  // S11 retention, archive, search
  app.get('/cases/settings/retention', { schema: { tags, querystring: s.propertyQuery } }, async (req) => more.getRetention(req.ctx(), req.query));
  app.put('/cases/settings/retention', { schema: { tags, summary: 'Retention: repairs ≥ 1 year (422 below), complaints null = forever', body: s.retentionBody } },
    async (req) => more.setRetention(req.ctx(), req.body));
  app.post('/cases/archive-run', { schema: { tags, summary: 'Archive closed cases past retention now (admin)', body: s.archiveBody } },
    async (req) => more.archiveRun(req.ctx(), req.body ?? {}));
  app.get('/cases/search', { schema: { tags, summary: 'Search by number, unit, person, text and time; includeArchived=true for the archive', querystring: s.searchQuery } },
    async (req) => more.searchCases(req.ctx(), req.query));

  // S7 tenant rating
  app.post('/cases/:id/rating', { schema: { tags, summary: 'The reporting tenant rates a finished case', params: uuidParam, body: s.ratingBody } },
    async (req, reply) => reply.status(201).send(await more.rateCase(req.ctx(), req.params.id, req.body)));

  // S12 knowledge base
  const kbTags = ['knowledge-base'];
  app.get('/kb/search', { schema: { tags: kbTags, summary: 'Standard answers and courtesy phrases while taking a call', querystring: s.kbSearchQuery } },
    async (req) => more.searchKb(req.ctx(), req.query));
  app.get('/kb/faq', { schema: { tags: kbTags, summary: 'Public FAQ (tenants)', querystring: s.kbFaqQuery } }, async (req) => more.faq(req.ctx(), req.query));
  app.post('/kb', { schema: { tags: kbTags, body: s.kbCreateBody } }, async (req, reply) => reply.status(201).send(await more.createKb(req.ctx(), req.body)));
  app.get('/kb/:id', { schema: { tags: kbTags, params: uuidParam } }, async (req) => more.getKb(req.ctx(), req.params.id));
  app.patch('/kb/:id', { schema: { tags: kbTags, params: uuidParam, body: s.kbPatchBody } }, async (req) => more.updateKb(req.ctx(), req.params.id, req.body));
  app.post('/kb/:id/archive', { schema: { tags: kbTags, summary: 'Retire an entry (never deleted)', params: uuidParam, body: s.kbPatchBody.pick({ version: true }) } },
    async (req) => more.archiveKb(req.ctx(), req.params.id, req.body));
  app.get('/cases/:id/kb-links', { schema: { tags: kbTags, params: uuidParam } }, async (req) => more.kbOfCase(req.ctx(), req.params.id));
  app.post('/cases/:id/kb-links', { schema: { tags: kbTags, summary: 'Link the knowledge entry used for a case', params: uuidParam, body: s.kbLinkBody } },
    async (req, reply) => reply.status(201).send(await more.linkCase(req.ctx(), req.params.id, req.body)));
  app.post('/consultations/:id/kb-links', { schema: { tags: kbTags, params: uuidParam, body: s.kbLinkBody } },
    async (req, reply) => reply.status(201).send(await more.linkConsultation(req.ctx(), req.params.id, req.body)));
}
