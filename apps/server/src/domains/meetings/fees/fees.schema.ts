/** Request schemas of the price list, proxy purchases and fee statements (M7, M9): the meetings contract's; the price list's path here. */
import { z } from 'zod';
import type { feeEstimateBody } from '@hy/contracts';

export {
  priceListBody,
  purchaseRequestBody as purchaseBody,
  purchaseCompleteBody as purchaseDoneBody,
  feeStatementBody as statementBody,
  feeStatementConfirmBody as confirmBody,
  feePaymentBody as paymentBody,
  feeStatementListQuery as statementQuery,
  feeStatementPrintQuery as statementFormat,
  feeEstimateBody as estimateBody,
} from '@hy/contracts';
export type FeeEstimateInput = z.infer<typeof feeEstimateBody>;
export const propertyParam = z.object({ propertyId: z.string().uuid() });
