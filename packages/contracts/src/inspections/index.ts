/**
 * The inspections contract — patrols (T2): plans and checkpoints, rounds on foot, findings that go somewhere, reviews: one file per sub-feature, each with its response schemas and its stable
 * error codes.
 */
import { PLANS_ERROR_CODES } from './plans.ts';
import { ROUNDS_ERROR_CODES } from './rounds.ts';
import { FINDINGS_ERROR_CODES } from './findings.ts';
import { REVIEWS_ERROR_CODES } from './reviews.ts';

export * from './plans.ts';
export * from './rounds.ts';
export * from './findings.ts';
export * from './reviews.ts';

export const INSPECTIONS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...PLANS_ERROR_CODES,
  ...ROUNDS_ERROR_CODES,
  ...FINDINGS_ERROR_CODES,
  ...REVIEWS_ERROR_CODES,
};
