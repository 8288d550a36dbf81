/**
 * The paid-services contract (T5): the business center (faxes out and in, typing, copying), laundry and meals.
 * One file per sub-feature, each with its request and response schemas and its stable error codes.
 */
import { BUSINESS_CENTER_ERROR_CODES } from './business-center.ts';

export * from './business-center.ts';

export const PAID_SERVICES_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...BUSINESS_CENTER_ERROR_CODES,
};
