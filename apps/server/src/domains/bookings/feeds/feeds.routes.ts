/** Routes of calendar feeds, and the iCalendar URL itself (no session: the token is the credential). */
import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { errors } from '../../../lib/errors.ts';
import * as feeds from './feeds.service.ts';
import { calendarFeedCreated, calendarFeedList, empty, file } from '@hy/contracts';
import { feedCreate, propertyQuery, tokenParam } from './feeds.schema.ts';

const tags = ['bookings'];

export async function feedsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };

  app.post(
    '/calendar-feeds',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A secret iCalendar URL for a venue or an organization; the token is shown once',
        body: feedCreate,
        response: { 201: calendarFeedCreated },
      },
    },
    async (req, reply) => reply.status(201).send(await feeds.createFeed(req.ctx(), req.body, `${req.protocol}://${req.host}`)),
  );
  app.get('/calendar-feeds', { ...opts, schema: { tags, querystring: propertyQuery, response: { 200: calendarFeedList } } }, async (req) =>
    feeds.listFeeds(req.ctx(), req.query.propertyId),
  );
  app.delete(
    '/calendar-feeds/:id',
    { ...opts, schema: { tags, summary: 'Revoke a feed', params: uuidParam, response: { 204: empty } } },
    async (req, reply) => {
      await feeds.revokeFeed(req.ctx(), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/ical/:token',
    {
      schema: {
        tags,
        summary: 'iCalendar feed (RFC 5545); no session, the token is the credential',
        params: tokenParam,
        security: [],
        response: { 200: file('text/calendar') },
      },
    },
    async (req, reply) => {
      const text = await feeds.feedIcs(req.server.database.db, req.params.token.slice(0, -4), req.server.clock.now());
      if (text === null) throw errors.notFound('calendar feed');
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
    },
  );
}
