/** Retention, archive and search (S11). */
import { z } from 'zod';
import { page } from '../fields.ts';
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
