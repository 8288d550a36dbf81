import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { errors } from '../../../lib/errors.ts';
import { XLSX } from '../../../lib/xlsx.ts';
import * as att from './attendees.service.ts';
import * as s from './attendees.schema.ts';
import {
  attendee,
  attendeeList,
  attendeesImported,
  meetingPage,
  publicSignInPage,
  signInCode,
  signInCodesRevoked,
  signedIn,
} from '@hy/contracts';

/**
 * Attendees, agenda and handbook, QR sign-in (M11). Mounted by the meetings domain's index. The two
 * /public/meeting-sign-in routes need no login: the signed code is the key.
 */
export function attendeesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  // .xlsx uploads arrive as the raw file.
  fastify.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );

  app.get(
    '/service-notices/:id/page',
    {
      ...opts,
      schema: { tags, summary: 'Agenda, attendee handbook and live sign-in count', params: uuidParam, response: { 200: meetingPage } },
    },
    async (req) => att.getPage(req.ctx(), req.params.id),
  );
  app.put(
    '/service-notices/:id/page',
    { ...opts, schema: { tags, params: uuidParam, body: s.pageBody, response: { 200: meetingPage } } },
    async (req) => att.updatePage(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/service-notices/:id/attendees',
    { ...opts, schema: { tags, params: uuidParam, response: { 200: attendeeList } } },
    async (req) => att.listAttendees(req.ctx(), req.params.id),
  );
  app.post(
    '/service-notices/:id/attendees',
    { ...opts, schema: { tags, params: uuidParam, body: s.attendeeBody, response: { 201: attendee } } },
    async (req, reply) => reply.status(201).send(await att.addAttendee(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/service-notices/:id/attendees/import',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Import an .xlsx (body: the file); all rows or none, errors per row',
        params: uuidParam,
        response: { 201: attendeesImported },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw errors.of('unsupported_media_type', `请上传 .xlsx 文件（Content-Type: ${XLSX}）`);
      return reply.status(201).send(await att.importAttendees(req.ctx(), req.params.id, req.body));
    },
  );
  app.get(
    '/service-notices/:id/sign-in-code',
    {
      ...opts,
      schema: {
        tags,
        summary: 'QR code (SVG and PNG data URLs) of the meeting or of one attendee',
        params: uuidParam,
        querystring: s.codeQuery,
        response: { 200: signInCode },
      },
    },
    // The QR holds an absolute link a phone can open: PUBLIC_URL, or the address this request came to.
    async (req) =>
      att.signInCode(req.ctx(), req.params.id, req.query.attendeeId, fastify.config.publicUrl ?? `${req.protocol}://${req.host}`),
  );
  app.post(
    '/service-notices/:id/sign-in-code/revoke',
    { ...opts, schema: { tags, params: uuidParam, response: { 200: signInCodesRevoked } } },
    async (req) => att.revokeCodes(req.ctx(), req.params.id),
  );
  app.post(
    '/meeting-attendees/:id/sign-in',
    { ...opts, schema: { tags, summary: 'Sign an attendee in at the desk', params: uuidParam, response: { 200: signedIn } } },
    async (req) => att.deskSignIn(req.ctx(), req.params.id),
  );

  app.post(
    '/service-notices/:id/sign-in/scan',
    {
      ...opts,
      schema: {
        tags,
        summary: "The sign-in desk scanned (or typed) an attendee's personal code: sign them in",
        params: uuidParam,
        body: s.scanBody,
        response: { 200: signedIn },
      },
    },
    async (req) => att.deskScan(req.ctx(), req.params.id, req.body.code),
  );

  const pub = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
  app.get(
    '/public/meeting-sign-in/:token',
    {
      ...pub,
      schema: {
        tags,
        summary: 'Public: the meeting, agenda and handbook behind a sign-in code',
        params: s.tokenParam,
        response: { 200: publicSignInPage },
      },
    },
    async (req) => att.publicPage(req.ctx(), req.params.token),
  );
  app.post(
    '/public/meeting-sign-in/:token',
    {
      ...pub,
      schema: {
        tags,
        summary: 'Public: sign in with a code (name and phone for a meeting code)',
        params: s.tokenParam,
        body: s.publicSignInBody,
        response: { 200: signedIn },
      },
    },
    async (req) => att.publicSignIn(req.ctx(), req.params.token, req.body),
  );
}
