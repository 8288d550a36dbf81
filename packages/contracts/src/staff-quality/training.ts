/** the monthly training plan: sessions, attendance, results: response schemas and stable error codes. */
export const TRAINING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
