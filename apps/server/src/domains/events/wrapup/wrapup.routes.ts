/**
 * Before and after the event (M13): the inspection (查漏补缺) and its fixes, the record (minutes, photos, audio, video)
 * with confidentiality and the hand-over, the attendee survey, the 会务工作总结 (JSON or .xlsx). The survey's public
 * routes need no login: the guest's invite token is the key.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  eventPublicSurvey,
  eventSurveyAnswer,
  eventSurveyResults,
  formatQuery,
  inspectionRecord,
  inspectionView,
  recordCreate,
  recordHandOver,
  recordList,
  recordPatch,
  summaryFile,
  summaryPatch,
  summaryView,
} from '@hy/contracts';
import { file } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './wrapup.service.ts';
import * as sum from './wrapup.summary.ts';
import { summaryWorkbook } from './wrapup.export.ts';

const tags = ['events'];
const itemParam = z.object({ id: z.string().uuid(), itemId: z.string().min(1).max(64) });
const tokenParam = z.object({ token: z.string().min(8).max(100) });

export function wrapupRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const publicUrl = (req: { protocol: string; host: string }) => fastify.config.publicUrl ?? `${req.protocol}://${req.host}`;

  // ---------- inspection ----------
  app.get(
    '/events/:id/inspection',
    { schema: { tags, summary: 'The 会前检查 (as scheduled until recorded)', params: uuidParam, response: { 200: inspectionView } } },
    async (req) => svc.getInspection(req.ctx(), req.params.id),
  );
  app.put(
    '/events/:id/inspection',
    {
      schema: {
        tags,
        summary: 'Record the inspection: host leader, checklist, findings with notes, photos and groups (409 inspection_stale)',
        params: uuidParam,
        body: inspectionRecord,
        response: { 200: inspectionView },
      },
    },
    async (req) => svc.recordInspection(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/events/:id/inspection/items/:itemId/fixed',
    {
      schema: {
        tags,
        summary: 'The responsible group marks a finding fixed (403 inspection_not_your_group, 422 inspection_not_finding)',
        params: itemParam,
        response: { 200: inspectionView },
      },
    },
    async (req) => svc.fixFinding(req.ctx(), req.params.id, req.params.itemId),
  );

  // ---------- record ----------
  app.get(
    '/events/:id/record',
    { schema: { tags, summary: 'The record items the actor may see', params: uuidParam, response: { 200: recordList } } },
    async (req) => svc.listRecord(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/record',
    {
      schema: {
        tags,
        summary: 'Add a record item (an uploaded file or an archive reference)',
        params: uuidParam,
        body: recordCreate,
        response: { 201: recordList },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addRecord(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/record/:itemId',
    {
      schema: {
        tags,
        summary: 'Mark a record item confidential or not',
        params: itemParam,
        body: recordPatch,
        response: { 200: recordList },
      },
    },
    async (req) => svc.patchRecord(req.ctx(), req.params.id, req.params.itemId, req.body.confidential),
  );
  app.post(
    '/events/:id/record/hand-over',
    {
      schema: {
        tags,
        summary: 'Hand record items over to the organizer (notified)',
        params: uuidParam,
        body: recordHandOver,
        response: { 200: recordList },
      },
    },
    async (req) => svc.handOver(req.ctx(), req.params.id, req.body.itemIds),
  );
  app.get(
    '/events/:id/record/:itemId/file',
    {
      schema: {
        tags,
        summary: "A record item's file (404 when not visible; a confidential file's view audited)",
        params: itemParam,
        querystring: z.object({ thumbnail: z.enum(['1', 'true', '0', 'false']).optional() }),
        response: { 200: file('*/*') },
      },
    },
    async (req, reply) => {
      const thumb = req.query.thumbnail === '1' || req.query.thumbnail === 'true';
      const f = await svc.recordFile(req.ctx(), req.params.id, req.params.itemId, thumb);
      return reply
        .type(f.mediaType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`)
        .send(f.bytes);
    },
  );

  // ---------- survey ----------
  app.get(
    '/events/:id/survey',
    {
      schema: {
        tags,
        summary: 'Survey results: response rate, averages per item, comments',
        params: uuidParam,
        response: { 200: eventSurveyResults },
      },
    },
    async (req) => sum.surveyResults(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/survey/send',
    {
      schema: {
        tags,
        summary: 'Text every registered guest their survey link (422 survey_not_open)',
        params: uuidParam,
        response: { 200: eventSurveyResults },
      },
    },
    async (req) => sum.sendSurvey(req.ctx(), req.params.id, publicUrl(req)),
  );

  // ---------- summary ----------
  app.get(
    '/events/:id/summary',
    {
      schema: {
        tags,
        summary: 'The 会务工作总结 (JSON or .xlsx; 404 summary_not_drawn)',
        params: uuidParam,
        querystring: z.object(formatQuery),
        response: { 200: summaryView },
      },
    },
    async (req, reply) =>
      req.query.format === 'xlsx'
        ? sendXlsx(reply, await summaryWorkbook(req.ctx(), req.params.id), 'event-summary.xlsx')
        : sum.getSummary(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/summary/draw',
    {
      schema: {
        tags,
        summary: 'Draw up (or redraw) the summary from the figures (409 summary_filed)',
        params: uuidParam,
        response: { 200: summaryView },
      },
    },
    async (req) => sum.drawSummary(req.ctx(), req.params.id),
  );
  app.patch(
    '/events/:id/summary',
    {
      schema: {
        tags,
        summary: 'Edit the free-text sections (409 summary_filed, summary_stale)',
        params: uuidParam,
        body: summaryPatch,
        response: { 200: summaryView },
      },
    },
    async (req) => sum.patchSummary(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/events/:id/summary/file',
    {
      schema: {
        tags,
        summary: 'The owner files the summary: read-only, the running event closes, the supervisor is told',
        params: uuidParam,
        body: summaryFile,
        response: { 200: summaryView },
      },
    },
    async (req) => sum.fileSummary(req.ctx(), req.params.id, req.body.version),
  );
}

/** The wrapup routes a guest opens without an account (the personal link is the key). */
export function wrapupPublicRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const pub = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
  app.get(
    '/public/event-survey/:token',
    {
      ...pub,
      schema: {
        tags,
        summary: 'Public: the survey behind a guest link (404 survey_not_found)',
        params: tokenParam,
        response: { 200: eventPublicSurvey },
      },
    },
    async (req) => sum.publicSurvey(req.ctx(), req.params.token),
  );
  app.post(
    '/public/event-survey/:token',
    {
      ...pub,
      schema: {
        tags,
        summary: 'Public: answer the survey once (409 survey_answered, 422 survey_not_open)',
        params: tokenParam,
        body: eventSurveyAnswer,
        response: { 200: eventPublicSurvey },
      },
    },
    async (req) => sum.answerSurvey(req.ctx(), req.params.token, req.body),
  );
}
