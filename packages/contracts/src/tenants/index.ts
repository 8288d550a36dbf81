/**
 * The tenants contract — tenant records (T1, T3): files, applications, the archive, visits: one file per sub-feature, each with its response schemas and its stable
 * error codes.
 */
import { FILES_ERROR_CODES } from './files.ts';
import { APPLICATIONS_ERROR_CODES } from './applications.ts';
import { ARCHIVE_ERROR_CODES } from './archive.ts';
import { VISITS_ERROR_CODES } from './visits.ts';

export * from './files.ts';
export * from './applications.ts';
export * from './archive.ts';
export * from './visits.ts';

export const TENANTS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...FILES_ERROR_CODES,
  ...APPLICATIONS_ERROR_CODES,
  ...ARCHIVE_ERROR_CODES,
  ...VISITS_ERROR_CODES,
};
