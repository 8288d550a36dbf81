/**
 * Issue 9 — never a 500 for input. One preValidation hook on the root instance, so it runs for every
 * route (present and future, with or without a schema) after the body is parsed and before the zod
 * validators and handlers: a string with NUL, another C0 control (tab, LF and CR are allowed) or an
 * unpaired surrogate anywhere in the JSON body, the query string or the path parameters is refused
 * with 400 validation_failed naming the field.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ProblemField } from '@hy/contracts';
import { AppError } from '../lib/errors.ts';
import { findBadText, type BadText } from '../lib/text-input.ts';
import { localeOf } from '../lib/locale.ts';

const MESSAGES = {
  control_character: { zh: '不能包含控制字符', en: 'Must not contain control characters' },
  invalid_unicode: { zh: '包含无效的 Unicode 字符', en: 'Contains invalid Unicode' },
} as const;

const PARTS = [
  ['params', 'params'],
  ['querystring', 'query'],
  ['body', 'body'],
] as const;

export function checkRequestText(req: FastifyRequest): void {
  const en = localeOf(req) === 'en-US';
  for (const [where, prop] of PARTS) {
    const bad: BadText[] = findBadText(req[prop]);
    if (!bad.length) continue;
    const fields: ProblemField[] = bad.map((b) => ({
      path: b.path || where,
      message: en ? MESSAGES[b.reason].en : MESSAGES[b.reason].zh,
      code: b.reason,
    }));
    throw new AppError('validation_failed', 400, fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields, { in: where });
  }
}

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => checkRequestText(req));
}
