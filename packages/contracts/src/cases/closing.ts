/** Closing (S8, 销项): the resolution, closing, the quarterly close of unresolvable cases. */
import { z } from 'zod';
import { CLOSE_RESULTS, QUARTER_PATTERN } from '../cases.ts';
import { optText, reqText, uuid } from '../fields.ts';

export const unresolvableCloseResult = z.object({
  propertyId: z.string(),
  quarter: z.string(),
  closed: z.array(z.object({ id: z.string(), number: z.string() })),
});
export type UnresolvableCloseResult = z.infer<typeof unresolvableCloseResult>;

/* Requests. Bodies are strict. */

/** POST /cases/{id}/resolve: the resolution (non-repair cases). */
export const caseResolveBody = z.object({ note: reqText(2000) }).strict();
export type CaseResolveBody = z.input<typeof caseResolveBody>;
/** POST /cases/{id}/close (销项). */
export const caseCloseBody = z
  .object({
    result: z.enum(CLOSE_RESULTS).default('resolved'),
    note: optText(2000),
    /** non-repair cases: proof (documents, a manager's word) was checked */
    proofChecked: z.boolean().optional(),
    proofNote: optText(500),
    /** the supervisor / project manager who approved (major cases, unresolvable cases) */
    approverId: uuid.nullish(),
    version: z.number().int().positive().optional(),
  })
  .strict();
export type CaseCloseBody = z.input<typeof caseCloseBody>;
/** POST /cases/close-unresolvable: the quarter's unresolvable cases (the project manager signs). */
export const unresolvableCloseBody = z
  .object({
    propertyId: uuid,
    quarter: z.string().regex(QUARTER_PATTERN, 'e.g. 2026Q4'),
    caseIds: z.array(uuid).min(1).max(500),
    note: reqText(2000),
  })
  .strict();
export type UnresolvableCloseBody = z.input<typeof unresolvableCloseBody>;
