import type { FastifyInstance } from 'fastify';
import {
  file,
  list,
  mailAccuracy,
  mailAccuracyTrend,
  mailItem,
  mailItemPage,
  mailRegisterPrint,
  mailSubscription,
  newspaperCheck,
  newspaperMonth,
  propertyIdQuery,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as intake from './mail.intake.service.ts';
import * as handover from './mail.handover.service.ts';
import * as quality from './mail.quality.service.ts';
import * as news from './mail.newspapers.service.ts';
import * as register from './mail.register.service.ts';
import * as s from './mail.schema.ts';

const tags = ['front-desk'];

/** Mail and parcels (F4): log, hand over, unknown list, outgoing, newspapers, accuracy, the letter register. */
export function mailRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/front-desk/mail',
    { schema: { tags, summary: 'Mail items of a property', querystring: s.mailQuery, response: { 200: mailItemPage } } },
    async (req) => intake.listMail(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/mail/mine',
    { schema: { tags, summary: 'The signed-in tenant’s own parcels', querystring: propertyIdQuery, response: { 200: mailItemPage } } },
    async (req) => intake.myMail(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/front-desk/mail/register',
    {
      schema: {
        tags,
        summary: 'The letter register (专用信件登记薄) as .xlsx (audited)',
        querystring: s.registerQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await register.exportRegister(req.ctx(), req.query), 'letter-register.xlsx'),
  );
  app.get(
    '/front-desk/mail/register/entries',
    {
      schema: {
        tags,
        summary: 'The letter register’s printable entries: registered letters and 机要 items, with signatures (audited)',
        querystring: s.registerPrintQuery,
        response: { 200: mailRegisterPrint },
      },
    },
    async (req) => register.registerEntries(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/mail/accuracy/months',
    {
      schema: {
        tags,
        summary: 'The accuracy of the twelve months ending with `to`, against 99%',
        querystring: s.trendQuery,
        response: { 200: mailAccuracyTrend },
      },
    },
    async (req) => quality.accuracyOfYear(req.ctx(), req.query.propertyId, req.query.to),
  );
  app.get(
    '/front-desk/mail/accuracy',
    { schema: { tags, summary: 'The month’s accuracy against 99%', querystring: s.accuracyQuery, response: { 200: mailAccuracy } } },
    async (req) => quality.monthAccuracy(req.ctx(), req.query.propertyId, req.query.month),
  );
  app.get(
    '/front-desk/mail/subscriptions',
    {
      schema: {
        tags,
        summary: 'Newspaper and magazine subscriptions (active; all=true: stopped too), with whether an issue is due on `day`',
        querystring: s.subscriptionsQuery,
        response: { 200: list(mailSubscription) },
      },
    },
    async (req) => news.listSubscriptions(req.ctx(), req.query),
  );
  app.patch(
    '/front-desk/mail/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'Edit a subscription; active=false stops it, active=true takes it up again',
        params: uuidParam,
        body: s.subscriptionPatch,
        response: { 200: mailSubscription },
      },
    },
    async (req) => news.updateSubscription(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/front-desk/mail/subscriptions',
    { schema: { tags, body: s.subscriptionBody, response: { 201: mailSubscription } } },
    async (req, reply) => reply.status(201).send(await news.addSubscription(req.ctx(), req.body)),
  );
  app.get(
    '/front-desk/mail/newspaper-checks',
    { schema: { tags, querystring: s.checksQuery, response: { 200: list(newspaperCheck) } } },
    async (req) => news.listChecks(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/mail/newspaper-checks/month',
    {
      schema: {
        tags,
        summary: 'A month of newspaper checks: discrepancies, per carrier',
        querystring: s.monthQuery,
        response: { 200: newspaperMonth },
      },
    },
    async (req) => news.monthChecks(req.ctx(), req.query),
  );
  app.post(
    '/front-desk/mail/newspaper-checks',
    { schema: { tags, summary: 'Count a day’s delivery of one title', body: s.checkBody, response: { 200: newspaperCheck } } },
    async (req) => news.checkNewspaper(req.ctx(), req.body),
  );
  app.get('/front-desk/mail/:id', { schema: { tags, params: uuidParam, response: { 200: mailItem } } }, async (req) =>
    intake.getMail(req.ctx(), req.params.id),
  );
  app.post(
    '/front-desk/mail',
    { schema: { tags, summary: 'Log one item (incoming or outgoing)', body: s.mailCreate, response: { 201: mailItem } } },
    async (req, reply) => reply.status(201).send(await intake.logMail(req.ctx(), req.body)),
  );
  app.post(
    '/front-desk/mail/:id/hand-over',
    {
      schema: {
        tags,
        summary: 'Hand over against a signature (409 when handed over already)',
        params: uuidParam,
        body: s.handOverBody,
        response: { 200: mailItem },
      },
    },
    async (req) => handover.handOver(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/front-desk/mail/:id/recipient',
    { schema: { tags, summary: 'An unknown item’s recipient found', params: uuidParam, body: s.resolveBody, response: { 200: mailItem } } },
    async (req) => intake.resolveRecipient(req.ctx(), req.params.id, req.body.recipientEntryId),
  );
  app.post(
    '/front-desk/mail/:id/close',
    { schema: { tags, summary: 'Returned to sender or lost', params: uuidParam, body: s.closeBody, response: { 200: mailItem } } },
    async (req) => handover.closeItem(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/front-desk/mail/:id/incidents',
    {
      schema: {
        tags,
        summary: 'Record a misdelivery, a loss or damage after receipt',
        params: uuidParam,
        body: s.incidentBody,
        response: { 200: mailItem },
      },
    },
    async (req) => quality.recordIncident(req.ctx(), req.params.id, req.body),
  );
}
