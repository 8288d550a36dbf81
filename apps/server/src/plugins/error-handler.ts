import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ALL_ERROR_CODES, type ProblemField, type Problem } from '@hy/contracts';
import { AppError } from '../lib/errors.ts';
import { sqlState } from '../db/client.ts';
import { localeOf } from '../lib/locale.ts';
import { zodIssueMessage } from '../lib/zod-messages.ts';
import { applySecurityHeaders } from './security-headers.ts';

function titleFor(code: string, locale: string): string {
  const known = ALL_ERROR_CODES[code];
  if (known) return locale === 'en-US' ? known.en : known.zh;
  return code;
}

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail?: string,
  fields?: ProblemField[],
  extra?: Record<string, unknown>,
) {
  const locale = localeOf(req);
  const body: Problem = {
    type: `https://huiwu.example/problems/${code}`,
    title: titleFor(code, locale),
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(fields && fields.length ? { fields } : {}),
    requestId: req.id,
    ...(extra ?? {}),
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

/** Errors Fastify raises itself before our handlers, each with a stable code of ours. */
const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
  FST_ERR_BAD_URL: [400, 'bad_url'],
  FST_ERR_INVALID_URL: [400, 'bad_url'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long'],
  FST_ERR_NOT_FOUND: [404, 'route_not_found'],
  // @fastify/multipart (uploads): limits and malformed forms.
  FST_REQ_FILE_TOO_LARGE: [413, 'payload_too_large'],
  FST_PARTS_LIMIT: [413, 'payload_too_large'],
  FST_FILES_LIMIT: [413, 'payload_too_large'],
  FST_FIELDS_LIMIT: [413, 'payload_too_large'],
  FST_PROTO_VIOLATION: [400, 'malformed_multipart'],
  FST_INVALID_JSON_FIELD_ERROR: [400, 'malformed_multipart'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported_media_type'],
  FST_NO_FORM_DATA: [415, 'unsupported_media_type'],
};

/**
 * Fastify's `frameworkErrors` option: errors the router answers before any hook or the error handler
 * runs (bad percent-encoding in the path, an over-long path parameter). Rendered like every other problem.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  applySecurityHeaders(req, reply);
  reply.header('x-request-id', req.id);
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return sendProblem(req, reply, mapped[0], mapped[1]);
  req.log.error({ err }, 'router error');
  return sendProblem(req, reply, 500, 'internal_error');
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError & { cause?: unknown }, req, reply) => {
    const locale = localeOf(req);
    if (err instanceof AppError) {
      return sendProblem(req, reply, err.status, err.code, err.detail, err.fields, err.extra);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const fields: ProblemField[] = err.validation.map((v) => {
        const issue = (v.params as { issue: import('zod').ZodIssue }).issue;
        const path = issue.path.join('.') || where;
        // A refinement names its own code (safeUrl → unsafe_url); zod's own issues keep theirs.
        const code = issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : issue.code;
        return { path, message: zodIssueMessage(issue, locale), code };
      });
      const detail = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
      return sendProblem(req, reply, 400, 'validation_failed', detail, fields, { in: where });
    }
    if (err.validation) {
      const fields = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: v.message ?? 'invalid',
      }));
      return sendProblem(req, reply, 400, 'validation_failed', err.message, fields);
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendProblem(req, reply, mapped[0], mapped[1], err.message);
    if (err.statusCode === 429) return sendProblem(req, reply, 429, 'too_many_attempts', err.message);
    const state = sqlState(err);
    // Database guards that user input can trip: report them as conflicts / invalid input, never 500.
    if (state === '23505')
      return sendProblem(req, reply, 409, 'duplicate', locale === 'en-US' ? 'A record with the same key exists' : '已存在相同的记录');
    if (state === '23503')
      return sendProblem(
        req,
        reply,
        422,
        'invalid_reference',
        locale === 'en-US' ? 'A referenced record does not exist' : '引用的记录不存在',
      );
    // 22021/22P05: text or jsonb the database cannot store (NUL); the input guard refuses it first.
    if (state === '22P02' || state === '22007' || state === '22008' || state === '22003' || state === '22021' || state === '22P05')
      return sendProblem(req, reply, 400, 'validation_failed', err.message);
    if (state === '40001' || state === '40P01') return sendProblem(req, reply, 409, 'conflict');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      req.log.warn({ err }, 'unmapped client error');
      return sendProblem(req, reply, err.statusCode, err.statusCode === 404 ? 'not_found' : 'bad_request', err.message);
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(req, reply, 500, 'internal_error');
  });
}
