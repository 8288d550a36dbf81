/** Large events (SPEC M13): budget — schemas and error codes of this sub-feature. */
export const BUDGET_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
