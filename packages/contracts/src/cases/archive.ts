/** Retention, archive and search (S11). */
import { z } from 'zod';
import { flagQuery, page, pageQuery, requestDate, uuid } from '../fields.ts';
import { caseFields } from './case.ts';

export const caseRetentionSettings = z.object({
  propertyId: z.string(),
  repairYears: z.number(),
  complaintYears: z.number().nullable(),
  minimumRepairYears: z.number(),
});
/** How many cases each property archived. */
export const caseArchiveRun = z.object({ archived: z.record(z.number()), total: z.number() });
export const caseSearchRow = caseFields.extend({ unitCode: z.string().nullable(), archived: z.boolean() });
export const caseSearchPage = page(caseSearchRow);

export type CaseRetentionSettings = z.infer<typeof caseRetentionSettings>;
export type CaseArchiveRun = z.infer<typeof caseArchiveRun>;
export type CaseSearchRow = z.infer<typeof caseSearchRow>;

/* Requests: an archive run, the search (retention is written through the property settings registry). Bodies are strict. */

/** POST /cases/archive-run */
export const archiveRunBody = z.object({ propertyId: uuid.optional() }).strict();
export type ArchiveRunBody = z.input<typeof archiveRunBody>;
/** GET /cases/search: by number, unit, person, text and period, archived cases too if asked. */
export const caseSearchQuery = z.object({
  ...pageQuery,
  propertyId: uuid.optional(),
  number: z.string().trim().min(1).max(40).optional(),
  unit: z.string().trim().min(1).max(60).optional(),
  person: z.string().trim().min(1).max(60).optional(),
  text: z.string().trim().min(1).max(100).optional(),
  from: requestDate.optional(),
  to: requestDate.optional(),
  includeArchived: flagQuery.default('false'),
});
export type CaseSearchQuery = z.input<typeof caseSearchQuery>;
