import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { file, notificationPage, notificationsMarked, notificationsReadBody } from '@hy/contracts';
import { typed, pageQuery } from '../../lib/http.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import * as svc from './notifications.service.ts';

const tags = ['notifications'];
/** z.coerce.boolean() would read "false" and "0" as true. */
const queryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export async function notificationsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  // End the open event streams before the server waits for its connections to finish: otherwise
  // app.close() (a deploy, a test) hangs until every browser tab goes away.
  fastify.addHook('preClose', async () => {
    await fastify.hub.close();
  });
  fastify.hub.useClock(fastify.clock.now);
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My in-app notifications',
        querystring: z.object({ ...pageQuery, unreadOnly: queryBool.optional() }),
        response: { 200: notificationPage },
      },
      preHandler: requireAuth,
    },
    async (req) => svc.listMine(req.ctx(), req.query),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark notifications read',
        body: notificationsReadBody,
        response: { 200: notificationsMarked },
      },
      preHandler: requireAuth,
    },
    async (req) => svc.markRead(req.ctx(), req.body.all ? 'all' : req.body.ids!),
  );

  app.get(
    '/notifications/stream',
    {
      schema: {
        tags,
        summary: 'Server-Sent Events: your notifications, and live events about the records you may read',
        response: { 200: file('text/event-stream') },
      },
      preHandler: requireAuth,
    },
    async (req, reply) => {
      const scope = svc.streamScope(req.ctx());
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      await fastify.hub.subscribe(scope.actor, req.sessionId, res);
      res.write(`event: ready\ndata: {}\n\n`);
    },
  );
}
