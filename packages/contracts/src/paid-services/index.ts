/**
 * The paid-services contract (T5): the business center (faxes out and in, typing, copying), laundry and meals.
 * One file per sub-feature, each with its request and response schemas and its stable error codes.
 */
import { BUSINESS_CENTER_ERROR_CODES } from './business-center.ts';
import { LAUNDRY_ERROR_CODES } from './laundry.ts';
import { MEALS_ERROR_CODES } from './meals.ts';

export * from './business-center.ts';
export * from './laundry.ts';
export * from './meals.ts';

export const PAID_SERVICES_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...BUSINESS_CENTER_ERROR_CODES,
  ...LAUNDRY_ERROR_CODES,
  ...MEALS_ERROR_CODES,
};
