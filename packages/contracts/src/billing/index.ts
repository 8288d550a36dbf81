/**
 * The billing contract — fees (T4): fee items, meter readings and parking, the month's six fee tables and the
 * signed receivables, payment notices, payments and receipts, arrears, the collection rate and dunning. One
 * file per sub-feature, each with its request and response schemas and its stable error codes.
 */
import { CHARGES_ERROR_CODES } from './charges.ts';
import { ITEMS_ERROR_CODES } from './items.ts';
import { METERS_ERROR_CODES } from './meters.ts';
import { PARKING_ERROR_CODES } from './parking.ts';
import { MONTHS_ERROR_CODES } from './months.ts';
import { NOTICES_ERROR_CODES } from './notices.ts';
import { PAYMENTS_ERROR_CODES } from './payments.ts';
import { ARREARS_ERROR_CODES } from './arrears.ts';
import { COLLECTION_ERROR_CODES } from './collection.ts';
import { DUNNING_ERROR_CODES } from './dunning.ts';

export * from './charges.ts';
export * from './items.ts';
export * from './meters.ts';
export * from './parking.ts';
export * from './months.ts';
export * from './notices.ts';
export * from './payments.ts';
export * from './arrears.ts';
export * from './collection.ts';
export * from './dunning.ts';

export const BILLING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...CHARGES_ERROR_CODES,
  ...ITEMS_ERROR_CODES,
  ...METERS_ERROR_CODES,
  ...PARKING_ERROR_CODES,
  ...MONTHS_ERROR_CODES,
  ...NOTICES_ERROR_CODES,
  ...PAYMENTS_ERROR_CODES,
  ...ARREARS_ERROR_CODES,
  ...COLLECTION_ERROR_CODES,
  ...DUNNING_ERROR_CODES,
};
