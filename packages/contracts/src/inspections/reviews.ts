/** the manager's daily review sign-off and each inspector's Friday summary: response schemas and stable error codes. */
export const REVIEWS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
