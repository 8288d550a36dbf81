/** Request schemas of closing (S8): the resolution, closing (销项), the quarterly close of unresolvable cases. */
import { z } from 'zod';
import { CLOSE_RESULTS, QUARTER_PATTERN } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();

export const resolveBody = z.object({ note: reqText(2000) }).strict();
export const closeBody = z
  .object({
    result: z.enum(CLOSE_RESULTS).default('resolved'),
    note: optText(2000),
    /** non-repair cases: proof (documents, a manager's word) was checked */
    proofChecked: z.boolean().optional(),
    proofNote: optText(500),
    /** the supervisor / project manager who approved (major cases, unresolvable cases) */
    approverId: id.nullish(),
    version: z.number().int().positive().optional(),
  })
  .strict();
export type CloseInput = z.infer<typeof closeBody>;

export const closeUnresolvableBody = z
  .object({
    propertyId: id,
    quarter: z.string().regex(QUARTER_PATTERN, 'e.g. 2026Q4'),
    caseIds: z.array(id).min(1).max(500),
    note: reqText(2000),
  })
  .strict();
