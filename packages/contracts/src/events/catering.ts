/** Large events (SPEC M13): catering — schemas and error codes of this sub-feature. */
export const CATERING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
