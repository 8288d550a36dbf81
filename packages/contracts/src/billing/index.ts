/**
 * The billing contract — fees (T4): fee items, meter readings and parking, the month's six fee tables and the
 * signed receivables, payment notices, payments and receipts, arrears, the collection rate and dunning. One
 * file per sub-feature, each with its request and response schemas and its stable error codes.
 */
import { CHARGES_ERROR_CODES } from './charges.ts';

export * from './charges.ts';

export const BILLING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...CHARGES_ERROR_CODES,
};
