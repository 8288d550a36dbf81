/**
 * The staff-quality contract — staff quality: hygiene inspections, training, evaluations and spot checks, the contractor's monthly evaluation: one file per sub-feature, each with its response schemas and its stable
 * error codes.
 */
import { HYGIENE_ERROR_CODES } from './hygiene.ts';
import { TRAINING_ERROR_CODES } from './training.ts';
import { EVALUATIONS_ERROR_CODES } from './evaluations.ts';
import { CONTRACTOR_ERROR_CODES } from './contractor.ts';

export * from './hygiene.ts';
export * from './training.ts';
export * from './evaluations.ts';
export * from './contractor.ts';

export const STAFF_QUALITY_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...HYGIENE_ERROR_CODES,
  ...TRAINING_ERROR_CODES,
  ...EVALUATIONS_ERROR_CODES,
  ...CONTRACTOR_ERROR_CODES,
};
