/**
 * The guest-rooms contract (T6): rooms and apartments with their status, check-in and check-out, keys, linen
 * and glassware, the vacated-room inspection. One file per sub-feature, each with its schemas and error codes.
 */
import { ROOMS_ERROR_CODES } from './rooms.ts';
import { STAYS_ERROR_CODES } from './stays.ts';
import { LINEN_ERROR_CODES } from './linen.ts';
import { ROOM_INSPECTIONS_ERROR_CODES } from './inspections.ts';
import { STRANGERS_ERROR_CODES } from './strangers.ts';

export * from './rooms.ts';
export * from './stays.ts';
export * from './linen.ts';
export * from './inspections.ts';
export * from './strangers.ts';

export const GUEST_ROOMS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...ROOMS_ERROR_CODES,
  ...STAYS_ERROR_CODES,
  ...LINEN_ERROR_CODES,
  ...ROOM_INSPECTIONS_ERROR_CODES,
  ...STRANGERS_ERROR_CODES,
};
