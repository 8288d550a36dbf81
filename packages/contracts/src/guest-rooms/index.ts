/**
 * The guest-rooms contract (T6): rooms and apartments with their status, check-in and check-out, keys, linen
 * and glassware, the vacated-room inspection. One file per sub-feature, each with its schemas and error codes.
 */
export const GUEST_ROOMS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
