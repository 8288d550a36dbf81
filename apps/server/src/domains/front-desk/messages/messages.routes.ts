import type { FastifyInstance } from 'fastify';
import { deskCall, deskCallPage, deskMessage, deskMessagePage, file } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { messageReader } from './messages.live.ts';
import { exportBook } from './messages.sheets.ts';
import * as svc from './messages.service.ts';
import * as s from './messages.schema.ts';

const tags = ['front-desk'];

/** The message book and the call log (F2): log, list, deliver or acknowledge, export (audited). */
export function messagesRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('message', messageReader);
  const app = typed(fastify);
  app.get(
    '/front-desk/messages',
    {
      schema: {
        tags,
        summary: 'The message book (open ones: state=open)',
        querystring: s.messageQuery,
        response: { 200: deskMessagePage },
      },
    },
    async (req) => svc.listMessages(req.ctx(), req.query),
  );
  app.get(
    '/front-desk/messages/export',
    {
      schema: {
        tags,
        summary: 'The message book and the call log as .xlsx (audited)',
        querystring: s.bookExportQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportBook(req.ctx(), req.query), 'message-book.xlsx'),
  );
  app.get(
    '/front-desk/my-messages',
    { schema: { tags, summary: "The signed-in user's own messages", querystring: s.myMessagesQuery, response: { 200: deskMessagePage } } },
    async (req) => svc.listMyMessages(req.ctx(), req.query),
  );
  app.get('/front-desk/messages/:id', { schema: { tags, params: uuidParam, response: { 200: deskMessage } } }, async (req) =>
    svc.getMessage(req.ctx(), req.params.id),
  );
  app.post('/front-desk/messages', { schema: { tags, body: s.messageCreate, response: { 201: deskMessage } } }, async (req, reply) =>
    reply.status(201).send(await svc.logMessage(req.ctx(), req.body)),
  );
  app.post(
    '/front-desk/messages/:id/acknowledge',
    { schema: { tags, summary: 'The recipient confirms the message', params: uuidParam, response: { 200: deskMessage } } },
    async (req) => svc.acknowledgeMessage(req.ctx(), req.params.id),
  );
  app.post(
    '/front-desk/messages/:id/deliver',
    {
      schema: {
        tags,
        summary: 'The desk told the recipient (phone or in person)',
        params: uuidParam,
        body: s.messageDeliver,
        response: { 200: deskMessage },
      },
    },
    async (req) => svc.markMessageDelivered(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/front-desk/calls',
    { schema: { tags, summary: 'The business call log', querystring: s.callQuery, response: { 200: deskCallPage } } },
    async (req) => svc.listCalls(req.ctx(), req.query),
  );
  app.post('/front-desk/calls', { schema: { tags, body: s.callCreate, response: { 201: deskCall } } }, async (req, reply) =>
    reply.status(201).send(await svc.logCall(req.ctx(), req.body)),
  );
}
