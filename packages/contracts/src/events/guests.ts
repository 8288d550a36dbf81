/** Large events (SPEC M13): guests — schemas and error codes of this sub-feature. */
export const GUESTS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
