/** evaluations of staff per criterion; spot checks of front-desk staff: response schemas and stable error codes. */
export const EVALUATIONS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
