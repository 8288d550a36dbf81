import type { FastifyInstance } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/require-auth.ts';
import { errors } from '../../../lib/errors.ts';
import { XLSX } from '../../../lib/xlsx.ts';
import * as att from './attendees.service.ts';
import * as s from './attendees.schema.ts';

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
    { ...opts, schema: { tags, summary: 'Agenda, attendee handbook and live sign-in count', params: uuidParam } },
    async (req) => att.getPage(req.ctx(), req.params.id),
  );
  app.put('/service-notices/:id/page', { ...opts, schema: { tags, params: uuidParam, body: s.pageBody } }, async (req) =>
    att.updatePage(req.ctx(), req.params.id, req.body),
  );
  app.get('/service-notices/:id/attendees', { ...opts, schema: { tags, params: uuidParam } }, async (req) =>
    att.listAttendees(req.ctx(), req.params.id),
  );
  app.post('/service-notices/:id/attendees', { ...opts, schema: { tags, params: uuidParam, body: s.attendeeBody } }, async (req, reply) =>
    reply.status(201).send(await att.addAttendee(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/service-notices/:id/attendees/import',
    { ...opts, schema: { tags, summary: 'Import an .xlsx (body: the file); all rows or none, errors per row', params: uuidParam } },
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
      },
    },
    // The QR holds an absolute link a phone can open: PUBLIC_URL, or the address this request came to.
    async (req) =>
      att.signInCode(req.ctx(), req.params.id, req.query.attendeeId, fastify.config.publicUrl ?? `${req.protocol}://${req.host}`),
  );
  app.post('/service-notices/:id/sign-in-code/revoke', { ...opts, schema: { tags, params: uuidParam } }, async (req) =>
    att.revokeCodes(req.ctx(), req.params.id),
  );
  app.post(
    '/meeting-attendees/:id/sign-in',
    { ...opts, schema: { tags, summary: 'Sign an attendee in at the desk', params: uuidParam } },
    async (req) => att.deskSignIn(req.ctx(), req.params.id),
  );

  const pub = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
  app.get(
    '/public/meeting-sign-in/:token',
    { ...pub, schema: { tags, summary: 'Public: the meeting, agenda and handbook behind a sign-in code', params: s.tokenParam } },
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
      },
    },
    async (req) => att.publicSignIn(req.ctx(), req.params.token, req.body),
  );
}
