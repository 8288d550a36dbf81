/** Request schemas of the case list and its follow-ups: the cases contract's (the web sends them). */
import type { z } from 'zod';
import type { caseListQuery } from '@hy/contracts';

export { caseListQuery as listCasesQuery, caseFollowUpBody as followUpBody } from '@hy/contracts';
export type ListCasesQuery = z.infer<typeof caseListQuery>;
