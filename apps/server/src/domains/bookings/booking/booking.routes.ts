import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/auth.ts';
import { errors } from '../../../lib/errors.ts';
import * as svc from '../create/create.service.ts';
import * as series from '../series/series.service.ts';
import * as closures from '../closures/closures.service.ts';
import * as feeds from '../feeds/feeds.service.ts';
import * as reports from '../bureau-report/bureau-report.service.ts';
import { board } from '../board/board.service.ts';
import {
  boardQuery, bookingCreate, bookingPatch, bookingQuery, closureInput, closureQuery, closureResolve, feedCreate, optionalReasonBody, propertyQuery,
  reasonBody, reportQuery, seriesInput, tokenParam,
} from './booking.schema.ts';
import { bookingReader } from './booking.live.ts';

const tags = ['bookings'];

export async function bookingsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('booking', bookingReader);
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post('/bookings', {
    ...opts,
    schema: { tags, summary: 'Book a venue (with its linked rooms); C class and special setups are requested until the bureau approves', body: bookingCreate },
  }, async (req, reply) => reply.status(201).send(await svc.createBooking(req.ctx(), req.body)));

  app.get('/bookings', { ...opts, schema: { tags, summary: 'Bookings of a property overlapping [from, to)', querystring: bookingQuery } }, async (req) =>
    svc.listBookings(req.ctx(), req.query));

  app.get('/bookings/:id', { ...opts, schema: { tags, params: uuidParam } }, async (req) => svc.getBooking(req.ctx(), req.params.id));

  app.get('/bookings/:id/history', { ...opts, schema: { tags, summary: 'Audit trail of a booking', params: uuidParam } }, async (req) =>
    svc.bookingHistory(req.ctx(), req.params.id));

  app.patch('/bookings/:id', {
    ...opts, schema: { tags, summary: 'Change a booking; `version` must be the one read (409 conflict otherwise)', params: uuidParam, body: bookingPatch },
  }, async (req) => svc.updateBooking(req.ctx(), req.params.id, req.body));

  app.post('/bookings/:id/approve', { ...opts, schema: { tags, summary: 'Bureau approves a requested booking', params: uuidParam, body: optionalReasonBody } }, async (req) =>
    svc.approveBooking(req.ctx(), req.params.id, req.body.reason ?? null));

  app.post('/bookings/:id/reject', { ...opts, schema: { tags, summary: 'Bureau rejects a requested booking, with a reason', params: uuidParam, body: reasonBody } }, async (req) =>
    svc.rejectBooking(req.ctx(), req.params.id, req.body.reason));

  app.post('/bookings/:id/cancel', { ...opts, schema: { tags, summary: 'Cancel a booking, with a reason; frees the venue', params: uuidParam, body: reasonBody } }, async (req) =>
    svc.cancelBooking(req.ctx(), req.params.id, req.body.reason));

  app.get('/bookings/board', {
    ...opts, schema: { tags, summary: 'Availability board: venues (filtered) with their bookings, buffers and closures for 1 or 7 days', querystring: boardQuery },
  }, async (req) => board(req.ctx(), req.query));

  app.post('/bookings/series/preview', {
    ...opts, schema: { tags, summary: 'Every occurrence of a recurring booking with its status: ok, or the conflict / rule problem', body: seriesInput },
  }, async (req) => series.previewSeries(req.ctx(), req.body));
  app.post('/bookings/series', {
    ...opts, schema: { tags, summary: 'Book the chosen occurrences of a series, all or nothing (409 booking_conflict lists each clashing occurrence)', body: seriesInput },
  }, async (req, reply) => reply.status(201).send(await series.createSeries(req.ctx(), req.body)));
  app.get('/bookings/series/:id', { ...opts, schema: { tags, params: uuidParam } }, async (req) => series.getSeries(req.ctx(), req.params.id));
  app.post('/bookings/series/:id/cancel', { ...opts, schema: { tags, summary: 'Cancel every future occurrence of a series', params: uuidParam, body: reasonBody } }, async (req) =>
    series.cancelSeries(req.ctx(), req.params.id, req.body.reason));

  app.post('/venue-closures', {
    ...opts, schema: { tags, summary: 'Close a venue for a period (preview: true only lists the bookings it collides with)', body: closureInput },
  }, async (req, reply) => {
    const out = await closures.createClosure(req.ctx(), req.body);
    return reply.status(req.body.preview ? 200 : 201).send(out);
  });
  app.get('/venue-closures', { ...opts, schema: { tags, querystring: closureQuery } }, async (req) => closures.listClosures(req.ctx(), req.query));
  app.post('/venue-closures/:id/resolve', {
    ...opts, schema: { tags, summary: 'Move, cancel or keep a booking the closure collides with; the organizers are told', params: uuidParam, body: closureResolve },
  }, async (req) => closures.resolveClosure(req.ctx(), req.params.id, req.body));

  app.post('/calendar-feeds', { ...opts, schema: { tags, summary: 'A secret iCalendar URL for a venue or an organization; the token is shown once', body: feedCreate } },
    async (req, reply) => reply.status(201).send(await feeds.createFeed(req.ctx(), req.body, `${req.protocol}://${req.host}`)));
  app.get('/calendar-feeds', { ...opts, schema: { tags, querystring: propertyQuery } }, async (req) => feeds.listFeeds(req.ctx(), req.query.propertyId));
  app.delete('/calendar-feeds/:id', { ...opts, schema: { tags, summary: 'Revoke a feed', params: uuidParam } }, async (req, reply) => {
    await feeds.revokeFeed(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.get('/ical/:token', { schema: { tags, summary: 'iCalendar feed (RFC 5545); no session, the token is the credential', params: tokenParam, security: [] } }, async (req, reply) => {
    const text = await feeds.feedIcs(req.server.database.db, req.params.token.slice(0, -4), req.server.clock.now());
    if (text === null) throw errors.notFound('calendar feed');
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
  });

  app.get('/reports/bureau-daily', {
    ...opts, schema: { tags: ['reports'], summary: "The next two working days' bookings for the bureau (seed 004 §3.3B)", querystring: reportQuery },
  }, async (req) => reports.bureauDaily(req.ctx(), req.query));
  app.get('/reports/bureau-daily.xlsx', { ...opts, schema: { tags: ['reports'], querystring: reportQuery } }, async (req, reply) => {
    const { buffer, filename } = await reports.bureauDailyXlsx(req.ctx(), req.query);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="bureau-daily-${req.query.date}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buffer);
  });
}
