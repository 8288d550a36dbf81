/** Request pieces every places record shares. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { LEAD_TIME_UNITS } from '@hy/contracts';
import { pageQuery, phone } from '../../../lib/http.ts';

export const id = z.string().uuid();
export const ids = z
  .array(id)
  .max(100)
  .default([])
  .transform((a) => [...new Set(a)]);
export const code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . -');
export const count = (min: number, max: number) => z.number().int().min(min).max(max);
export const optPhone = phone
  .nullish()
  .or(z.literal(''))
  .transform((v) => v || null);
/** ?flag=true|false (z.coerce.boolean would read 'false' as true). */
export const boolQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const leadTime = z.object({ value: count(0, 10_000), unit: z.enum(LEAD_TIME_UNITS) }).strict();

/** A list's query: a page, optionally one property, a search text. */
export const list = { ...pageQuery, propertyId: id.optional(), q: z.string().trim().max(64).optional() };
export const listQuery = z.object(list);
export type ListQuery = z.infer<typeof listQuery>;
