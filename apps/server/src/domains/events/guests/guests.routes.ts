import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  empty,
  guestCounts,
  guestCreate,
  guestIdsBody,
  guestImportResult,
  guestInviteResult,
  guestLink,
  guestList,
  guestListQuery,
  guestPatch,
  guestRemindResult,
  guestRow,
  guestSyncResult,
  publicRegistration,
  registrationBody,
  tokenParam,
} from '@hy/contracts';
import { errors } from '../../../lib/errors.ts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { XLSX, sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './guests.service.ts';
import { exportGuests, importGuests } from './guests.sheets.ts';
import { invite, personalCode, remindNow } from './guests.invite.ts';
import { syncAttendees } from './guests.sync.ts';
import * as pub from './guests.public.ts';

const tags = ['events'];
const guestParam = z.object({ id: z.string().uuid(), guestId: z.string().uuid() });

/** The guests routes of large events (M13). */
export function guestsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  if (!fastify.hasContentTypeParser(XLSX))
    fastify.addContentTypeParser(
      [XLSX, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
  const origin = (req: { protocol: string; host: string }) => fastify.config.publicUrl ?? `${req.protocol}://${req.host}`;

  app.get(
    '/events/:id/guests',
    {
      schema: {
        tags,
        summary: 'The guest list with filters; ID numbers masked unless reveal=true by the inner circle (audited); ?format=xlsx',
        params: uuidParam,
        querystring: guestListQuery,
        response: { 200: guestList },
      },
    },
    async (req, reply) => {
      if (req.query.format === 'xlsx') return sendXlsx(reply, await exportGuests(req.ctx(), req.params.id, req.query), 'guests.xlsx');
      const { data, total } = await svc.listGuests(req.ctx(), req.params.id, req.query);
      return { data, total };
    },
  );
  app.post(
    '/events/:id/guests',
    { schema: { tags, summary: 'Add a guest (409 guest_exists)', params: uuidParam, body: guestCreate, response: { 201: guestRow } } },
    async (req, reply) => reply.status(201).send(await svc.addGuest(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/guests/:guestId',
    {
      schema: {
        tags,
        summary: 'Edit a guest (the ID number: inner circle only)',
        params: guestParam,
        body: guestPatch,
        response: { 200: guestRow },
      },
    },
    async (req) => svc.patchGuest(req.ctx(), req.params.id, req.params.guestId, req.body),
  );
  app.delete(
    '/events/:id/guests/:guestId',
    { schema: { tags, summary: 'Remove a guest not yet invited (409 guest_not_draft)', params: guestParam, response: { 204: empty } } },
    async (req, reply) => (await svc.removeGuest(req.ctx(), req.params.id, req.params.guestId), reply.status(204).send(null)),
  );
  app.post(
    '/events/:id/guests/import',
    {
      schema: {
        tags,
        summary: 'Import guests from .xlsx (姓名/单位/职务/性别/手机/邮箱/类别/VIP): all rows or none (422 guest_import_invalid)',
        params: uuidParam,
        response: { 201: guestImportResult },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw errors.of('unsupported_media_type', `Content-Type: ${XLSX}`);
      return reply.status(201).send(await importGuests(req.ctx(), req.params.id, req.body));
    },
  );
  app.post(
    '/events/:id/guests/invite',
    {
      schema: {
        tags,
        summary: 'Invite the chosen drafts (or all): SMS and e-mail with the personal link',
        params: uuidParam,
        body: guestIdsBody,
        response: { 200: guestInviteResult },
      },
    },
    async (req) => invite(req.ctx(), req.params.id, req.body.guestIds, origin(req)),
  );
  app.post(
    '/events/:id/guests/remind',
    {
      schema: {
        tags,
        summary: 'Remind every invited guest who has not answered, now',
        params: uuidParam,
        response: { 200: guestRemindResult },
      },
    },
    async (req) => remindNow(req.ctx(), req.params.id, origin(req)),
  );
  app.get(
    '/events/:id/guests/:guestId/link',
    { schema: { tags, summary: 'A guest’s personal link and its QR code', params: guestParam, response: { 200: guestLink } } },
    async (req) => personalCode(req.ctx(), req.params.id, req.params.guestId, origin(req)),
  );
  app.get(
    '/events/:id/guests/counts',
    {
      schema: {
        tags,
        summary: 'Live counts: RSVP, per day, session (with sign-ins) and meal',
        params: uuidParam,
        response: { 200: guestCounts },
      },
    },
    async (req) => svc.guestCounts(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/guests/sync-attendees',
    {
      schema: {
        tags,
        summary: "Put registered guests on their sessions' notices as attendees (idempotent), for the QR sign-in",
        params: uuidParam,
        response: { 200: guestSyncResult },
      },
    },
    async (req) => syncAttendees(req.ctx(), req.params.id),
  );
}

/** The guests routes a guest opens without an account (the personal link is the key). */
export function guestsPublicRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const limits = { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } };
  app.get(
    '/public/event-registration/:token',
    {
      ...limits,
      schema: {
        tags,
        summary: 'Public: the guest’s event, registration, room and transfers (404 for a wrong token)',
        params: tokenParam,
        response: { 200: publicRegistration },
      },
    },
    async (req) => pub.publicRegistration(req.ctx(), req.params.token),
  );
  app.post(
    '/public/event-registration/:token',
    {
      ...limits,
      schema: {
        tags,
        summary: 'Public: register or change the registration, or decline (422 registration_closed)',
        params: tokenParam,
        body: registrationBody,
        response: { 200: publicRegistration },
      },
    },
    async (req) => pub.register(req.ctx(), req.params.token, req.body),
  );
}
