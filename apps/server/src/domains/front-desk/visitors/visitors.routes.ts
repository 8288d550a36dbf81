import type { FastifyInstance } from 'fastify';
import { file, visit, visitMeetingList, visitPage, visitSlip, visitsFromMeeting, watchEntry, watchList } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import type { LiveReader } from '../../notifications/index.ts';
import * as svc from './visitors.service.ts';
import * as query from './visitors.query.ts';
import * as meetings from './meetings.service.ts';
import * as watch from './watchlist.service.ts';
import * as repo from './visitors.repository.ts';
import { canReadVisit } from './visitors.policy.ts';
import * as s from './visitors.schema.ts';

const tags = ['front-desk'];

/** Live events about a visit reach the desk, security and managers of the property, and the visit's host. */
const visitReader: LiveReader = async (db, id) => {
  const r = await repo.findVisit(db, id);
  return r ? (actor) => canReadVisit(actor, r.v) : null;
};

/** Visitors (F1, F6): register, consent, hold decision, check-in with slip, check-out, lists, register export; the watch list. */
export function visitorsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('visit', visitReader);
  const app = typed(fastify);
  const one = { params: uuidParam, response: { 200: visit } };
  app.get(
    '/front-desk/visits',
    {
      schema: {
        tags,
        summary: "Today's arrivals, awaiting consent, in the building now, history (a tenant: their own)",
        querystring: s.visitQuery,
        response: { 200: visitPage },
      },
    },
    async (req) => query.listVisits(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/visits/export',
    {
      schema: {
        tags,
        summary: 'The visitor register as .xlsx (audited)',
        querystring: s.visitExportQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await query.exportVisits(req.ctx(), req.query), 'visitors.xlsx'),
  );
  app.post(
    '/front-desk/visits',
    { schema: { tags, summary: 'Register a walk-in or pre-register an appointment', body: s.visitCreate, response: { 201: visit } } },
    async (req, reply) => reply.status(201).send(await svc.createVisit(req.ctx(), req.body)),
  );
  app.get(
    '/front-desk/visits/meetings',
    {
      schema: {
        tags,
        summary: "A day's meetings the reader may see, with their guests (attendees from outside) and how many are pre-registered",
        querystring: s.meetingsQuery,
        response: { 200: visitMeetingList },
      },
    },
    async (req) => meetings.listVisitMeetings(req.ctx(), req.query),
  );
  app.post(
    '/front-desk/visits/from-meeting',
    {
      schema: {
        tags,
        summary: "Pre-register a meeting's guests from its attendee list (idempotent: a second run adds only new attendees)",
        body: s.fromMeetingBody,
        response: { 200: visitsFromMeeting },
      },
    },
    async (req) => meetings.visitsFromMeeting(req.ctx(), req.body),
  );
  app.post(
    '/front-desk/visits/check-out',
    { schema: { tags, summary: 'Sign out by scanning the slip', body: s.slipBody, response: { 200: visit } } },
    async (req) => svc.checkOutBySlip(req.ctx(), req.body.propertyId, req.body.slipToken),
  );
  app.get('/front-desk/visits/:id', { schema: { tags, ...one } }, async (req) => svc.getVisit(req.ctx(), req.params.id));
  app.post(
    '/front-desk/visits/:id/consent',
    { schema: { tags, summary: "The host's answer (app), or the desk records a phoned one", ...one, body: s.consentBody } },
    async (req) => svc.answerConsent(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/front-desk/visits/:id/decide',
    { schema: { tags, summary: 'A supervisor admits or refuses a visitor held by the watch list', ...one, body: s.decideBody } },
    async (req) => svc.decideHold(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/front-desk/visits/:id/check-in',
    { schema: { tags, summary: 'Let in (consent required): ID, party, car, badge; issues the slip', ...one, body: s.checkInBody } },
    async (req) => svc.checkIn(req.ctx(), req.params.id, req.body),
  );
  app.post('/front-desk/visits/:id/check-out', { schema: { tags, summary: 'Sign out (desk or host)', ...one } }, async (req) =>
    svc.checkOut(req.ctx(), req.params.id),
  );
  app.get(
    '/front-desk/visits/:id/slip',
    { schema: { tags, summary: "The visitor slip's QR code", params: uuidParam, response: { 200: visitSlip } } },
    async (req) => svc.slipCode(req.ctx(), req.params.id),
  );
  app.post(
    '/front-desk/visits/:id/no-show',
    { schema: { tags, summary: 'The desk marks an appointment that never came', ...one } },
    async (req) => svc.markNoShow(req.ctx(), req.params.id),
  );
  app.post('/front-desk/visits/:id/cancel', { schema: { tags, ...one } }, async (req) => svc.cancelVisit(req.ctx(), req.params.id));

  app.get('/front-desk/watch-list', { schema: { tags, querystring: s.watchQuery, response: { 200: watchList } } }, async (req) =>
    watch.listWatch(req.ctx(), req.query.propertyId),
  );
  app.post('/front-desk/watch-list', { schema: { tags, body: s.watchCreate, response: { 201: watchEntry } } }, async (req, reply) =>
    reply.status(201).send(await watch.addWatch(req.ctx(), req.body)),
  );
  app.post('/front-desk/watch-list/:id/remove', { schema: { tags, params: uuidParam, response: { 200: watchEntry } } }, async (req) =>
    watch.setWatchActive(req.ctx(), req.params.id, false),
  );
}
