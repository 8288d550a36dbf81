/** Request schemas of the case list and its notes (zod, also the OpenAPI description). */
import { z } from 'zod';
import { CASE_KINDS, CASE_STATUSES, FOLLOW_UP_KINDS, SEVERITIES } from '@hy/contracts';
import { reqText, pageQuery } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z
  .string()
  .datetime({ offset: true })
  .transform((v) => new Date(v));
const boolQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listCasesQuery = z.object({
  ...pageQuery,
  propertyId: id.optional(),
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  q: z.string().trim().max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
  overdue: boolQuery.optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const followUpBody = z.object({ kind: z.enum(FOLLOW_UP_KINDS).default('follow_up'), note: reqText(2000) }).strict();
