/** Field schemas every contract is built from (requests and responses alike). */
import { z } from 'zod';

export const uuid = z.string().uuid();
/** Optional text that turns '' into null. */
export const optText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === '' ? null : (v ?? null)));
export const reqText = (max = 200) => z.string().trim().min(1).max(max);
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');
/** A phone number as people type it (digits, +, -, brackets, spaces); the forms check the same pattern. */
export const PHONE_PATTERN = /^[0-9+\-() ]{3,30}$/;
export const phone = z.string().trim().regex(PHONE_PATTERN, 'phone');
/** An optional phone number: '' and missing become null. */
export const optPhone = phone
  .nullish()
  .or(z.literal(''))
  .transform((v) => v || null);

/**
 * An instant in a response: the server hands a Date (or an ISO text), the client reads an ISO 8601 text.
 * (In a response schema only; requests take `z.string().datetime({ offset: true })`.)
 */
export const instant = z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.string().describe('ISO 8601 instant'));
export const nullableInstant = instant.nullable();
/** A calendar day 'YYYY-MM-DD' in a response (a Date from a `date` column becomes its UTC day). */
export const day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().describe('YYYY-MM-DD'));

/** A page of a list: the rows and the cursor of the next page (null on the last). */
export const page = <T extends z.ZodTypeAny>(row: T) => z.object({ data: z.array(row), nextCursor: z.string().nullable() });
/** A list answered whole. */
export const list = <T extends z.ZodTypeAny>(row: T) => z.object({ data: z.array(row) });
/** What a write that returns nothing else answers. */
export const ok = z.object({ ok: z.literal(true) });
/** A file answer (.xlsx, .ics, an image): bytes sent as they are, described in the OpenAPI document. */
export const file = (mediaType: string) => z.any().describe(`file: ${mediaType}`);
/** An answer without a body. */
export const empty = z.null().describe('no content');

/* Request fields: what the web sends (bodies and query strings). */

/** The paging of a list query: ?limit (1–200, default 50) and ?cursor (from the previous page). */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
};
/** ?propertyId: the property a list or setting belongs to. */
export const propertyIdQuery = z.object({ propertyId: uuid });
export type PropertyIdQuery = z.input<typeof propertyIdQuery>;
/** ?format=json|xlsx: the answer as JSON or as a workbook. */
export const formatQuery = { format: z.enum(['json', 'xlsx']).default('json') };
/** ?flag=true|false|1|0, read as a boolean. */
export const flagQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** An instant in a request: ISO 8601 with its offset. */
export const requestInstant = z.string().datetime({ offset: true });
/** An instant in a request, read as a Date. */
export const requestDate = requestInstant.transform((v) => new Date(v));
/** A real calendar day 'YYYY-MM-DD' in a request (2026-02-30 is refused with `message`). */
export const realDay = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), message);

/** Money in integer fen (never fractions, never negative; a refund is its own record). */
export const fen = z.number().int('whole fen').min(0).max(100_000_000_000);
/** A charge or payment of at least one fen. */
export const positiveFen = z.number().int('whole fen').min(1).max(100_000_000_000);
/** A real month 'YYYY-MM'. */
export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
