/** Large events (SPEC M13): wrapup — schemas and error codes of this sub-feature. */
export const WRAPUP_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
