/** Request schemas of the price list, proxy purchases and fee statements (M7, M9): the meetings contract's; the price list's path here. */
import { z } from 'zod';

export {
  priceListBody,
  purchaseRequestBody as purchaseBody,
  purchaseCompleteBody as purchaseDoneBody,
  feeStatementBody as statementBody,
  feeStatementConfirmBody as confirmBody,
  feePaymentBody as paymentBody,
  feeStatementListQuery as statementQuery,
  feeStatementPrintQuery as statementFormat,
} from '@hy/contracts';
export const propertyParam = z.object({ propertyId: z.string().uuid() });
