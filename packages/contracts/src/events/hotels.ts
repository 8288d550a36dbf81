/** Large events (SPEC M13): hotels — schemas and error codes of this sub-feature. */
export const HOTELS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
