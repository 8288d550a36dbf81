/** Large events (SPEC M13): programme — schemas and error codes of this sub-feature. */
export const PROGRAMME_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
