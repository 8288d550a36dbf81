/** Request schemas of work orders (S5): the cases contract's (the web sends them). */
import type { z } from 'zod';
import type { workOrderCompleteBody, workOrderIssueBody, workOrderSignBody } from '@hy/contracts';

export {
  workOrderIssueBody as issueWorkOrderBody,
  workOrderCompleteBody as completeBody,
  workOrderSignBody as signBody,
  workOrderVoidBody as voidBody,
  workOrderListQuery as listWorkOrdersQuery,
  workOrderGapQuery as gapReportQuery,
} from '@hy/contracts';
export type IssueWorkOrderInput = z.infer<typeof workOrderIssueBody>;
export type CompleteInput = z.infer<typeof workOrderCompleteBody>;
export type SignInput = z.infer<typeof workOrderSignBody>;
