/** Large events (SPEC M13): materials — schemas and error codes of this sub-feature. */
export const MATERIALS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
