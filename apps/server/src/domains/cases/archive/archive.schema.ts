/** Request schemas of retention, archive and search (S11). */
import { z } from 'zod';
import { pageQuery } from '../../../lib/http.ts';

const id = z.string().uuid();
const boolQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const instant = z
  .string()
  .datetime({ offset: true })
  .transform((v) => new Date(v));

export const retentionBody = z
  .object({
    propertyId: id,
    /** checked by the service: below 1 year is 422 retention_too_short */
    repairYears: z.number().int().max(100),
    /** null = complaint registers are kept forever */
    complaintYears: z.number().int().min(1).max(100).nullable(),
  })
  .strict();
export const propertyQuery = z.object({ propertyId: id });
export const archiveBody = z.object({ propertyId: id.optional() }).strict();
export const searchQuery = z.object({
  ...pageQuery,
  propertyId: id.optional(),
  number: z.string().trim().min(1).max(40).optional(),
  unit: z.string().trim().min(1).max(60).optional(),
  person: z.string().trim().min(1).max(60).optional(),
  text: z.string().trim().min(1).max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
  includeArchived: boolQuery.default('false'),
});

export type SearchInput = z.infer<typeof searchQuery>;
