/** planned visits, the visit record, issues raised as cases, holiday greetings: response schemas and stable error codes. */
export const VISITS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
