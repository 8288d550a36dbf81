/** Request schemas of paid repairs (S6): the cases contract's quote, consent and payment. */
import type { z } from 'zod';
import type { chargeQuoteBody } from '@hy/contracts';

export { chargeQuoteBody as quoteBody, chargeConsentBody as consentBody, chargePaidBody as paidBody } from '@hy/contracts';
export type QuoteInput = z.infer<typeof chargeQuoteBody>;
